package vn.tdkt.core;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing text in one language. Placeholders are {0}, {1}…; unlike MessageFormat,
 * apostrophes stay as typed ("Bấm 'Thêm đơn vị'").
 */
public final class Messages {
    private static final String BUNDLE = "i18n.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages vietnamese() {
        return new Messages(VietnameseNames.VIETNAMESE);
    }

    /** The language asked for. */
    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", render(args[i]));
        }
        return text;
    }

    private String render(Object arg) {
        if (arg instanceof MessageKey key) {
            return get(key.key());
        }
        if (arg instanceof java.util.Collection<?> items) {
            return String.join(", ", items.stream().map(this::render).toList());
        }
        return String.valueOf(arg);
    }

    /**
     * The sentence for an error: an {@link AppException}'s own message, else the disk or database fault
     * it comes from (full, read-only, busy…), else a generic one naming the cause.
     */
    public String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AppException app) {
                return get(app.messageKey(), app.args());
            }
        }
        return StorageFaults.messageKey(error).map(this::get)
                .orElseGet(() -> get("error.unexpected", error.getClass().getSimpleName()));
    }
}
