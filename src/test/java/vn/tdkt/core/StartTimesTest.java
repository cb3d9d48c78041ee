package vn.tdkt.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartTimesTest {
    @Test
    void eachStepKeepsItsThreadAndComesAfterTheOnesBefore() throws Exception {
        StartTimes.reached("test.first");
        Thread other = Thread.ofPlatform().name("test-other").start(() -> StartTimes.reached("test.second"));
        other.join();

        List<StartTimes.Step> steps = StartTimes.steps().stream().filter(s -> s.name().startsWith("test.")).toList();
        assertThat(steps).extracting(StartTimes.Step::name).containsExactly("test.first", "test.second");
        assertThat(steps.get(1).thread()).isEqualTo("test-other");
        assertThat(steps.get(1).atMs()).isGreaterThanOrEqualTo(steps.get(0).atMs());
        assertThat(steps.get(0).threadCpuMs()).isGreaterThanOrEqualTo(0);
        assertThat(StartTimes.describe()).contains("test.second " + steps.get(1).atMs() + " ms (test-other, cpu ");
    }
}
