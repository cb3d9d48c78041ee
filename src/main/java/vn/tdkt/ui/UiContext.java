package vn.tdkt.ui;

import vn.tdkt.core.Messages;

/**
 * What every view gets from the shell: the text in the user's language, the task runner and the
 * dialogs. The services a view uses come through its feature's constructor, not from here.
 */
public record UiContext(Messages messages, TaskRunner tasks, Dialogs dialogs) {
    public String text(String key, Object... args) {
        return messages.get(key, args);
    }
}
