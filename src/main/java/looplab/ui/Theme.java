package looplab.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * The window's look: AtlantaFX's Primer themes, and a high-contrast one (Primer Dark under LoopLab's own
 * high-contrast stylesheet) for projectors in lit rooms, where Primer's greys wash out.
 * The canvas-drawn timeline cannot use CSS, so each theme also names the few colours it paints with.
 */
public enum Theme {
    LIGHT("Light", new PrimerLight().getUserAgentStylesheetBSS(), null,
            "#ffffff", "#1f2328", "#59636e", "#d1d9e0"),
    DARK("Dark", new PrimerDark().getUserAgentStylesheetBSS(), null,
            "#0d1117", "#f0f6fc", "#9198a1", "#3d444d"),
    HIGH_CONTRAST("High contrast", new PrimerDark().getUserAgentStylesheetBSS(), "high-contrast.css",
            "#000000", "#ffffff", "#ffffff", "#ffffff");

    private final String title;
    private final String userAgentStylesheet;
    private final String extraStylesheet;
    private final String background;
    private final String foreground;
    private final String muted;
    private final String grid;

    Theme(String title, String userAgentStylesheet, String extraStylesheet, String background, String foreground,
          String muted, String grid) {
        this.title = title;
        this.userAgentStylesheet = userAgentStylesheet;
        this.extraStylesheet = extraStylesheet;
        this.background = background;
        this.foreground = foreground;
        this.muted = muted;
        this.grid = grid;
    }

    public String title() {
        return title;
    }

    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** A stylesheet next to this class to add on top of the user agent one, or null. */
    public String extraStylesheet() {
        return extraStylesheet;
    }

    public String background() {
        return background;
    }

    public String foreground() {
        return foreground;
    }

    public String muted() {
        return muted;
    }

    public String grid() {
        return grid;
    }

    public boolean isDark() {
        return this != LIGHT;
    }

    @Override
    public String toString() {
        return title;
    }
}
