package vn.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.status.NopStatusListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingTest {
    @TempDir
    Path logs;

    @AfterEach
    void clearProperties() {
        System.clearProperty(Logging.FOLDER_PROPERTY);
        System.clearProperty(Logging.MODE_PROPERTY);
    }

    @Test
    void theAppsLogIsARollingFileInTheDataFolderInUtf8() throws Exception {
        System.setProperty(Logging.FOLDER_PROPERTY, logs.toString());
        System.setProperty(Logging.MODE_PROPERTY, "file");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        Logging logging = new Logging();
        logging.setContext(context);

        assertThat(logging.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        context.getLogger("vn.tdkt.Thử").info("Đã mở tệp dữ liệu của Trung đoàn");
        context.getLogger("org.jooq.Constants").info("jOOQ's banner stays out");
        context.getLogger("org.jooq.Constants").warn("jOOQ's warning goes in");
        RollingFileAppender<?> appender = (RollingFileAppender<?>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        SizeAndTimeBasedRollingPolicy<?> rolling = (SizeAndTimeBasedRollingPolicy<?>) appender.getRollingPolicy();
        Level flyway = context.getLogger("org.flywaydb").getLevel();
        assertThat(context.getStatusManager().getCopyOfStatusListenerList()).hasAtLeastOneElementOfType(NopStatusListener.class);
        context.stop();

        String text = Files.readString(logs.resolve(Logging.FILE), StandardCharsets.UTF_8);
        assertThat(text).contains("INFO  [" + Thread.currentThread().getName() + "] vn.tdkt.Thử - Đã mở tệp dữ liệu của Trung đoàn")
                .contains("jOOQ's warning goes in").doesNotContain("banner");
        assertThat(rolling.getFileNamePattern()).isEqualTo(logs.resolve("tdkt-%d{yyyy-MM-dd}.%i.log").toString());
        assertThat(rolling.getMaxHistory()).isEqualTo(30);
        assertThat(flyway).isEqualTo(Level.WARN);
    }

    @Test
    void theTestsConsoleConfigurationTakesPrecedence() {
        LoggerContext context = new LoggerContext();
        Logging logging = new Logging();
        logging.setContext(context);

        assertThat(logging.configure(context)).isEqualTo(Configurator.ExecutionStatus.NEUTRAL);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
