package vn.tdkt.ui;

import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;

/** What every view gets: the services, the text in the user's language, the task runner and the dialogs. */
public record UiContext(AppContext app, Messages messages, TaskRunner tasks, Dialogs dialogs) {
    public String text(String key, Object... args) {
        return messages.get(key, args);
    }
}
