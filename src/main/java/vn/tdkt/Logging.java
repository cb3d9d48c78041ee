package vn.tdkt;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.tdkt.core.StartTimes;

/**
 * The log's configuration, in code: Logback finds it through {@code META-INF/services} before it looks for an
 * XML file. Reading a logback.xml (the XML parser, Joran's model and its reflection) cost the start 60-70 ms of the
 * main thread's CPU before the toolkit could start.
 * The log lives in the data folder (Main sets {@code tdkt.logs}): one file a day, 30 days, 50 MB at most.
 * Nothing goes to the console, not even Logback's own status: the user reads one Vietnamese sentence there.
 */
public final class Logging extends ContextAwareBase implements Configurator {
    static final String FOLDER_PROPERTY = "tdkt.logs";
    static final String FILE = "tdkt.log";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    /** The tests' console configuration, which Logback reads when this one stands aside. */
    private static final String TEST_CONFIGURATION = "/logback-test.xml";
    /** Set to {@code file} by a test's child app (the crash soak) that must log to its data folder as the app does. */
    static final String MODE_PROPERTY = "tdkt.logging";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (!"file".equals(System.getProperty(MODE_PROPERTY)) && Logging.class.getResource(TEST_CONFIGURATION) != null) {
            return ExecutionStatus.NEUTRAL;
        }
        context.getStatusManager().add(new NopStatusListener());
        Path folder = Path.of(System.getProperty(FOLDER_PROPERTY, Path.of(System.getProperty("java.io.tmpdir"), "tdkt-logs").toString()));

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve(FILE).toString());
        file.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder.resolve("tdkt-%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();

        for (String quiet : new String[] {"org.flywaydb", "org.jooq", "org.apache.pdfbox", "org.apache.fontbox"}) {
            context.getLogger(quiet).setLevel(Level.WARN);
        }
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        StartTimes.reached("logging");
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
