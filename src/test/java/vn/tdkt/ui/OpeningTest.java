package vn.tdkt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.tdkt.db.DataFolder;

/** The order of the start: the lock at once, the file's opening only once the window is up. */
class OpeningTest {
    /** A start that only notes what it was asked to do. */
    private static final class NotingStartup implements Startup {
        final List<String> done = new CopyOnWriteArrayList<>();

        @Override
        public DataFolder folder() {
            return new DataFolder(Path.of("unused"));
        }

        @Override
        public List<NavigationEntry> pages() {
            return List.of();
        }

        @Override
        public void lock() {
            done.add("lock");
        }

        @Override
        public Workspace open() {
            done.add("open");
            return null;
        }

        @Override
        public Workspace restoreAndOpen(Path backup) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void theFileOpensOnlyOnceTheWindowIsUp() throws Exception {
        NotingStartup startup = new NotingStartup();
        Opening opening = Opening.start(startup);
        opening.locked().get(5, TimeUnit.SECONDS);
        Thread.sleep(300);
        assertThat(startup.done).as("the window is drawn first, with the CPU to itself").containsExactly("lock");
        assertThat(opening.opened()).isNotDone();
        opening.windowDone();
        opening.opened().get(5, TimeUnit.SECONDS);
        assertThat(startup.done).containsExactly("lock", "open");
    }
}
