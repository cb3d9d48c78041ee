package vn.tdkt.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.tdkt.core.SafeFiles;

/** The window's size, position, last page and what its views remember, kept between starts in the data folder. */
public final class WindowState implements ViewMemory {
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 760;
    private final Path file;
    private final Properties values = new Properties();

    public WindowState(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
    }

    /** Puts the stage where it was, if that place is still on a screen; else a size that fits 1366×768. */
    public void applyTo(Stage stage) {
        double width = stored("width", DEFAULT_WIDTH);
        double height = stored("height", DEFAULT_HEIGHT);
        double x = stored("x", Double.NaN);
        double y = stored("y", Double.NaN);
        stage.setWidth(width);
        stage.setHeight(height);
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(x, y, width, height).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(values.getProperty("maximized", "false")));
    }

    /** The language and theme of the last opening; {@link Look#DEFAULT} before any. */
    public Look look() {
        String language = values.getProperty("look.language", "");
        if (language.isEmpty()) {
            return Look.DEFAULT;
        }
        return new Look(java.util.Locale.forLanguageTag(language), Boolean.parseBoolean(values.getProperty("look.dark", "false")));
    }

    /** Kept for the next start; written to the file with the window's state on close. */
    public void remember(Look look) {
        values.setProperty("look.language", look.language().toLanguageTag());
        values.setProperty("look.dark", Boolean.toString(look.dark()));
    }

    public String lastPage() {
        return values.getProperty("page", "");
    }

    public void save(Stage stage, String page) {
        if (!stage.isMaximized()) {
            values.setProperty("width", Double.toString(stage.getWidth()));
            values.setProperty("height", Double.toString(stage.getHeight()));
            values.setProperty("x", Double.toString(stage.getX()));
            values.setProperty("y", Double.toString(stage.getY()));
        }
        values.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        values.setProperty("page", page == null ? "" : page);
        StringWriter text = new StringWriter();
        try {
            values.store(text, "TDKT window");
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        SafeFiles.writeString(file, text.toString());
    }

    /** A view's value; written to the file with the window's state on close. */
    @Override
    public void remember(String key, double value) {
        values.setProperty("view." + key, Double.toString(value));
    }

    @Override
    public double number(String key, double fallback) {
        return stored("view." + key, fallback);
    }

    private double stored(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
