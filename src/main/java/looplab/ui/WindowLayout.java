package looplab.ui;

import java.util.List;

/**
 * How the window shares its room between the panes at one window size and zoom, as plain numbers (no JavaFX).
 * Sizes are reasoned in em of the zoomed font (16 px × zoom): a 1280x800 window is 80x50 em at 100 %, 53x33 at
 * 150 %, 40x25 at 200 % and 27x17 at 300 %, and what fits in it follows from that, whatever the screen.
 */
final class WindowLayout {
    /** Where the panes go; each arrangement is used where the one before it no longer fits. */
    enum Arrangement {
        /** Code and stage on top; below them timeline over console, beside the Lesson/Inspector column. */
        COLUMNS,
        /** Code and stage on top; below them one tab pane: Lesson, Timeline, Console, Inspector. */
        LOWER_TABS,
        /**
         * Every pane a tab, one in view at a time: side by side, code and stage would both be unreadable, and
         * stacked, each would get a few lines (300 % at 1280x800 is 27x17 em).
         */
        ALL_TABS
    }

    /** The split the window was designed with at 100 %: at 1280 px both the lessons' code and stage fit. */
    static final double DESIGNED_CODE_SHARE = 0.44;
    static final double DESIGNED_TOP_SHARE = 0.52;

    /**
     * Columns need the width of a timeline beside a lesson column (60 em: at 1280 px up to 125 %) and the height of
     * a timeline over a console under the code and stage (40 em): below either, the lower panes become tabs.
     */
    private static final double COLUMNS_MIN_WIDTH_EM = 60;
    private static final double COLUMNS_MIN_HEIGHT_EM = 40;
    /** Code (gutter and some 20 characters) beside a stage that names its tokens needs 36 em. */
    private static final double SIDE_BY_SIDE_MIN_WIDTH_EM = 36;
    /** The stage beside the code keeps room for its lane titles, a token's name and a few characters of detail. */
    static final double STAGE_MIN_WIDTH_EM = 18;
    /** What the stage needs to say what a token waits for: titles, a name and some 20 characters of detail. */
    static final double STAGE_WIDTH_EM = 24;
    private static final double CODE_MIN_SHARE = 0.3;

    /** DejaVu Sans Mono (the code's font in main-window.css) advances 0.602 em; the code is set at 1.125 em. */
    private static final double CODE_CHAR_EM = 0.602 * 1.125;
    /** The gutter as drawn: task marks (7.8 em; compact, from 150 %, 5.2 em), line number and their padding. */
    private static final double GUTTER_EM = 12;
    private static final double COMPACT_GUTTER_EM = 9;
    /** The editor's scroll bar and the caret's room do not grow with the zoom. */
    private static final double CODE_EXTRA_PX = 24;
    /** The code is fitted to the length most of its lines stay within; one very long line wraps instead. */
    private static final double FITTED_LINES = 0.8;

    /**
     * The teacher's controls (toolbar, status bar, tab labels, the lesson's buttons) grow with the zoom only up to
     * 150 %: the back row does not read them, and each row they take at 200 % is taken from the code and the stage.
     */
    static final double CHROME_MAX_ZOOM = 1.5;

    /**
     * Below the code and stage, the tabs need their row and the lesson's footer with Next (4.5 em of the controls'
     * zoom), and the lesson's title and three lines of narration (7.4 em of the window's).
     */
    private static final double LOWER_TABS_CONTROLS_EM = 4.5;
    private static final double LOWER_TABS_TEXT_EM = 7.4;
    /**
     * Below 30 em of height (1280x800 from 170 %) the code's and the stage's title rows are left out: the line
     * numbers and the clock say what each pane is, and the row is worth two lanes of the stage.
     */
    private static final double TOP_HEADERS_MIN_HEIGHT_EM = 30;
    private static final double TOP_SHARE_MIN = 0.45;
    private static final double TOP_SHARE_MAX = 0.62;

    private WindowLayout() {
    }

    static double em(double zoom) {
        return 16 * zoom;
    }

    /** The zoom the teacher's controls are drawn at: the window's, up to {@value #CHROME_MAX_ZOOM}. */
    static double chromeZoom(double zoom) {
        return Math.min(zoom, CHROME_MAX_ZOOM);
    }

    static Arrangement arrangement(double widthPx, double heightPx, double zoom) {
        double width = widthPx / em(zoom);
        double height = heightPx / em(zoom);
        if (width >= COLUMNS_MIN_WIDTH_EM && height >= COLUMNS_MIN_HEIGHT_EM) {
            return Arrangement.COLUMNS;
        }
        return width >= SIDE_BY_SIDE_MIN_WIDTH_EM ? Arrangement.LOWER_TABS : Arrangement.ALL_TABS;
    }

    static boolean showsTopHeaders(double heightPx, double zoom) {
        return heightPx / em(zoom) >= TOP_HEADERS_MIN_HEIGHT_EM;
    }

    /** The compact gutter (shape and task number only) from 150 %: see {@link CodeView#setCompact}. */
    static boolean compactGutter(double zoom) {
        return zoom >= 1.5;
    }

    /**
     * The code's share of the width beside the stage. At 100 % the designed split. Zoomed, the code gets the width
     * its lines need (so "async def fetch(idx: int):" does not wrap at 150 %) and the stage the rest, when that
     * is what the stage needs; when the two needs do not fit, each gets the same fraction of its need, and the
     * stage never less than its minimum.
     */
    static double codeShare(double widthPx, double zoom, List<String> lines) {
        if (zoom <= 1.0 || widthPx <= 0) {
            return DESIGNED_CODE_SHARE;
        }
        double code = codeWidthPx(zoom, fittedLength(lines));
        double stage = STAGE_WIDTH_EM * em(zoom);
        double share = code + stage <= widthPx ? code / widthPx : code / (code + stage);
        double most = (widthPx - STAGE_MIN_WIDTH_EM * em(zoom)) / widthPx;
        return clamp(share, CODE_MIN_SHARE, Math.max(CODE_MIN_SHARE, most));
    }

    /** The width the editor needs to show {@code chars} characters a line without wrapping. */
    static double codeWidthPx(double zoom, int chars) {
        double gutter = compactGutter(zoom) ? COMPACT_GUTTER_EM : GUTTER_EM;
        return (gutter + (chars + 1) * CODE_CHAR_EM) * em(zoom) + CODE_EXTRA_PX;
    }

    /** The length {@value #FITTED_LINES} of the non-blank lines stay within. */
    static int fittedLength(List<String> lines) {
        List<Integer> lengths = lines.stream().filter(line -> !line.isBlank())
                .map(line -> line.stripTrailing().length()).sorted().toList();
        if (lengths.isEmpty()) {
            return 0;
        }
        return lengths.get((int) Math.max(0, Math.ceil(FITTED_LINES * lengths.size()) - 1));
    }

    /**
     * The code and stage's share of the height. At 100 % the designed split; zoomed, the lower tabs keep room for a
     * lesson's title, a few lines of narration and its Next button, and the code and stage get the rest.
     */
    static double topShare(Arrangement arrangement, double heightPx, double zoom) {
        if (arrangement == Arrangement.COLUMNS || heightPx <= 0) {
            return DESIGNED_TOP_SHARE;
        }
        double lower = LOWER_TABS_CONTROLS_EM * em(chromeZoom(zoom)) + LOWER_TABS_TEXT_EM * em(zoom);
        return clamp(1 - lower / heightPx, TOP_SHARE_MIN, TOP_SHARE_MAX);
    }

    private static double clamp(double value, double least, double most) {
        return Math.max(least, Math.min(most, value));
    }
}
