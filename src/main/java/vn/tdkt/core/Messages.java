package vn.tdkt.core;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing text in one language. Placeholders are {0}, {1}…; unlike MessageFormat,
 * apostrophes stay as typed ("Bấm 'Thêm đơn vị'").
 */
public final class Messages {
    private static final String BUNDLE = "i18n.messages";
    /**
     * Only the language's own file (messages_vi, messages_en): the default lookup tries messages_vi_VN and a root file
     * first, and each name missing is looked for in every jar on the class path — the first such miss opens all fifty of
     * them, ≈100 ms on the main thread before the window could start.
     */
    private static final ResourceBundle.Control LANGUAGE_FILE = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(Locale.of(locale.getLanguage()));
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, LANGUAGE_FILE);
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
