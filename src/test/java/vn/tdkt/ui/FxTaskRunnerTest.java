package vn.tdkt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.core.Messages;

/** The real runner, work on a real background thread: tasks end properly however they end. */
class FxTaskRunnerTest {
    private final RecordingDialogs dialogs = new RecordingDialogs(Messages.vietnamese());
    private final FxTaskRunner runner = new FxTaskRunner(dialogs);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    private TaskRunner.Running start(TaskRunner.Work<String> work) throws Exception {
        AtomicReference<TaskRunner.Running> running = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            TaskRunner.Running task = runner.run("thử", work, result -> events.add("done:" + result), error -> events.add("error:" + error.getMessage()));
            task.whenFinished(() -> events.add("finished"));
            running.set(task);
        }).get(10, TimeUnit.SECONDS);
        return running.get();
    }

    private void awaitIdle() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (WaitForAsyncUtils.asyncFx(() -> runner.busy().get()).get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFailedTaskStillFinishesSoItsStarterCanReEnableItsButton() throws Exception {
        start(progress -> {
            throw new IllegalStateException("đĩa đầy");
        });
        awaitIdle();
        assertThat(events).containsExactly("error:đĩa đầy", "finished");
        assertThat(runner.running()).isEmpty();
    }

    @Test
    void cancelIsReportedOnlyWhenTheWorkerHasStopped() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TaskRunner.Running task = start(progress -> {
            started.countDown();
            release.await();
            progress.checkCancelled();
            return "ghi xong";
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.asyncFx(task::requestCancel).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.running()).as("the worker is still inside its work").containsExactly(task);
        assertThat(events).isEmpty();
        release.countDown();
        awaitIdle();
        assertThat(events).containsExactly("finished");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void workPastItsLastCheckIsReportedAsDoneEvenWhenCancelWasAsked() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TaskRunner.Running task = start(progress -> {
            progress.checkCancelled();
            started.countDown();
            release.await();
            return "đã lưu";
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.asyncFx(task::requestCancel).get();
        release.countDown();
        awaitIdle();
        assertThat(events).containsExactly("done:đã lưu", "finished");
    }

    @Test
    void aChangeTellsTheListenersAfterItsResult() throws Exception {
        runner.addDataChangeListener(() -> events.add("changed"));
        WaitForAsyncUtils.asyncFx(() -> runner.change("lưu", progress -> "ok", result -> events.add("done:" + result))).get();
        awaitIdle();
        assertThat(events).containsExactly("done:ok", "changed");
    }

    @Test
    void changesRunOneAfterAnotherOnTheWriter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstStarted = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            runner.change("nhập", progress -> {
                firstStarted.countDown();
                release.await();
                events.add("import written");
                return 1;
            }, result -> {
            });
            runner.change("lưu", progress -> {
                events.add("save written");
                return 2;
            }, result -> {
            });
        }).get();
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        assertThat(events).as("the save waits for the import").isEmpty();
        release.countDown();
        awaitIdle();
        assertThat(events).containsExactly("import written", "save written");
    }
}
