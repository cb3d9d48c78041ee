package vn.tdkt.ui;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gives the heap a page left behind back to the OS. The launcher's serial collector shrinks the heap only
 * after a full collection, which a desktop app idling between clicks rarely reaches, so every page opened
 * once stays paid for in resident memory. A full collection after a page is let go (30–100 ms on a live heap
 * of ≈55 MB on an idle two-core machine, 0.1–0.4 s when it is shared with other work) lets the heap shrink to the launcher's free
 * ratio, at once since the launcher turns off the collector's shrinking in steps ({@code -XX:-ShrinkHeapInSteps}).
 * It is started from its own thread so the page change does not wait to ask for it; the serial collector still
 * stops every thread, the FX thread too, for that time. A request while one runs is dropped, the running one
 * covers it.
 */
final class HeapTrim {
    private final AtomicBoolean running = new AtomicBoolean();

    void request() {
        if (running.compareAndSet(false, true)) {
            Thread.ofPlatform().name("tdkt-heap-trim").daemon().start(() -> {
                try {
                    System.gc();
                } finally {
                    running.set(false);
                }
            });
        }
    }
}
