package looplab.ui;

import java.util.Map;

/**
 * What the window remembers between launches.
 *
 * @param theme      the look
 * @param zoom       1.0 to 3.0: fonts and stage scale for projectors
 * @param lastLesson the program last opened (a path), or null
 * @param speed      Play's speed
 * @param progress   questions answered per lesson id (see {@link LessonGuide#progress()})
 */
public record Settings(Theme theme, double zoom, String lastLesson, Speed speed, Map<String, Integer> progress) {
    public static final double MIN_ZOOM = 1.0;
    public static final double MAX_ZOOM = 3.0;

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        speed = speed == null ? Speed.NORMAL : speed;
        zoom = Double.isFinite(zoom) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)) : MIN_ZOOM;
        progress = progress == null ? Map.of() : Map.copyOf(progress);
    }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, 1.0, null, Speed.NORMAL, Map.of());
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(newTheme, zoom, lastLesson, speed, progress);
    }

    public Settings withZoom(double newZoom) {
        return new Settings(theme, newZoom, lastLesson, speed, progress);
    }

    public Settings withLastLesson(String newLastLesson) {
        return new Settings(theme, zoom, newLastLesson, speed, progress);
    }

    public Settings withSpeed(Speed newSpeed) {
        return new Settings(theme, zoom, lastLesson, newSpeed, progress);
    }

    public Settings withProgress(Map<String, Integer> newProgress) {
        return new Settings(theme, zoom, lastLesson, speed, newProgress);
    }
}
