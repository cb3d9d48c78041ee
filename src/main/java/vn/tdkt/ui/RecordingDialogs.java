package vn.tdkt.ui;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.core.Messages;

/**
 * Dialogs with nobody to answer them (the headless self-test, UI tests): errors are logged and kept,
 * confirmations get the preset answer.
 */
public final class RecordingDialogs implements Dialogs {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingDialogs.class);
    private final Messages messages;
    private final List<String> errors = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private boolean confirmAnswer;
    private Unsaved unsavedAnswer = Unsaved.BACK;

    public RecordingDialogs(Messages messages) {
        this.messages = messages;
    }

    @Override
    public synchronized void error(Throwable error) {
        LOG.warn("Error dialog (recorded): {}", messages.describe(error), error);
        errors.add(messages.describe(error));
    }

    @Override
    public synchronized boolean confirm(String title, String text) {
        notices.add(text);
        return confirmAnswer;
    }

    @Override
    public synchronized Unsaved unsaved(String title, String text) {
        notices.add(text);
        return unsavedAnswer;
    }

    public synchronized void answerUnsaved(Unsaved answer) {
        unsavedAnswer = answer;
    }

    @Override
    public synchronized void info(String title, String text) {
        notices.add(text);
    }

    public synchronized void answerConfirmations(boolean answer) {
        confirmAnswer = answer;
    }

    public synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }
}
