package vn.tdkt.core;

import java.util.UUID;

/** Record keys are random UUIDs so records made on different installations never collide. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
