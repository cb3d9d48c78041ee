package vn.tdkt.scoring;

/** A classification band of a set (Xuất sắc, Tốt, Khá…): reached when the total is at least {@code minTotal}. */
public record Band(String name, double minTotal) {
}
