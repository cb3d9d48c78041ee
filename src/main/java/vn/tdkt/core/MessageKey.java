package vn.tdkt.core;

/** An argument of a message that is itself a message key, translated when the sentence is built. */
public record MessageKey(String key) {
}
