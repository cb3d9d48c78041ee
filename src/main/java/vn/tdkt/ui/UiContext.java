package vn.tdkt.ui;

import vn.tdkt.core.Messages;

/**
 * What every view gets from the shell: the text in the user's language, the task runner, the
 * dialogs and what views remember between starts. The services a view uses come through its
 * feature's constructor, not from here.
 */
public record UiContext(Messages messages, TaskRunner tasks, Dialogs dialogs, ViewMemory memory) {
    /** A context whose views remember only for this run. */
    public UiContext(Messages messages, TaskRunner tasks, Dialogs dialogs) {
        this(messages, tasks, dialogs, ViewMemory.forThisRun());
    }

    public String text(String key, Object... args) {
        return messages.get(key, args);
    }
}
