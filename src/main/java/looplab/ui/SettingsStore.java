package looplab.ui;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps {@link Settings} as JSON in the user's config folder ({@code $XDG_CONFIG_HOME/looplab/settings.json},
 * else {@code ~/.config/looplab/settings.json}). A missing file gives the defaults; an unreadable or corrupt one
 * gives the defaults and a warning to show, never an exception: losing a zoom level must not stop a lesson.
 */
public final class SettingsStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private String warning;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public static SettingsStore inUserConfigFolder() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new SettingsStore(base.resolve("looplab").resolve("settings.json"));
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        warning = null;
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        try {
            Settings settings = JSON.readValue(file.toFile(), Settings.class);
            return settings == null ? Settings.defaults() : settings;
        } catch (JacksonException e) {
            warning = "Settings file " + file + " is not valid (" + e.getOriginalMessage() + "); using defaults.";
        } catch (IOException e) {
            warning = "Could not read settings file " + file + " (" + e.getMessage() + "); using defaults.";
        }
        return Settings.defaults();
    }

    /** Why the last {@link #load} fell back to defaults, if it did. */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    /** Saves; a failure is returned as a message (the window shows it) rather than thrown. */
    public Optional<String> save(Settings settings) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), settings);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
