package vn.tdkt.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The profile of the start: when each step ended (ms since the JVM started) and on which thread, with that
 * thread's CPU time so far. Wall time alone misleads on a machine busy with other work; the CPU time of the
 * thread that was waited for does not. The app writes it to the log once the window shows, {@code selftest}
 * prints it.
 */
public final class StartTimes {
    /** One step of the start, as its thread reached it. */
    public record Step(String name, String thread, long atMs, long threadCpuMs) {
        @Override
        public String toString() {
            return name + " " + atMs + " ms (" + thread + ", cpu " + threadCpuMs + " ms)";
        }
    }

    private static final List<Step> STEPS = new CopyOnWriteArrayList<>();

    private StartTimes() {
    }

    /** Notes that the calling thread has finished the step {@code name}. */
    public static void reached(String name) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() / 1_000_000 : -1;
        STEPS.add(new Step(name, Thread.currentThread().getName(), ManagementFactory.getRuntimeMXBean().getUptime(), cpu));
    }

    /** When the step was first reached, in ms since the JVM started; -1 when it was not. */
    public static long at(String name) {
        return STEPS.stream().filter(step -> step.name().equals(name)).mapToLong(Step::atMs).findFirst().orElse(-1);
    }

    public static List<Step> steps() {
        return List.copyOf(STEPS);
    }

    /** The steps in the order they were reached, one line. */
    public static String describe() {
        return STEPS.stream().map(Step::toString).collect(Collectors.joining("; "));
    }
}
