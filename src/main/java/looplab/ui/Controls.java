package looplab.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The toolbar's controls, built once; {@link MainWindow} wires what they do. Each tooltip names its shortcut. */
final class Controls {
    final MenuButton open = new MenuButton("Open", icon(Feather.FOLDER));
    final MenuItem openFile = new MenuItem("Program or trace…  (Ctrl+O)");
    final MenuItem openFolder = new MenuItem("Lessons folder…");
    final Button run = button("runButton", "Run", Feather.PLAY_CIRCLE, "Run the program in the editor (" + Shortcuts.RUN + ")");
    final Button restart = button("restartButton", null, Feather.SKIP_BACK, "Back to the start (Home)");
    final Button back = button("backButton", "Back", Feather.CHEVRON_LEFT, "Step back at the chosen grain (←)");
    final Button play = button("playButton", "Play", Feather.PLAY, "Play / pause (" + Shortcuts.PLAY + ")");
    final Button step = button("stepButton", "Step", Feather.CHEVRON_RIGHT, "Step forward at the chosen grain (→)");
    final Button end = button("endButton", null, Feather.SKIP_FORWARD, "Jump to the end (End)");
    final ToggleGroup grains = new ToggleGroup();
    final ToggleButton line = grain("grainLine", "line", Grain.LINE, "Shift+→ / Shift+←");
    final ToggleButton taskStep = grain("grainTaskStep", "task", Grain.TASK_STEP, "Ctrl+→ / Ctrl+←");
    final ToggleButton iteration = grain("grainIteration", "iteration", Grain.ITERATION, "Alt+→ / Alt+←");
    final ChoiceBox<Speed> speed = new ChoiceBox<>();
    final Button zoomOut = button("zoomOutButton", "−", null, "Zoom out (Ctrl+-)");
    final Label zoom = new Label("100 %");
    final Button zoomIn = button("zoomInButton", "+", null, "Zoom in (Ctrl+=)");
    final ToggleGroup themes = new ToggleGroup();
    final Menu theme = new Menu("Theme");
    final MenuButton more = new MenuButton(null, icon(Feather.MORE_HORIZONTAL));
    final MenuItem exportStage = new MenuItem("Export stage as PNG…");
    final MenuItem exportTimeline = new MenuItem("Export timeline as PNG…");
    final MenuItem fullScreen = new MenuItem("Full screen  (F11)");
    final MenuItem goToTime = new MenuItem("Go to time…  (" + Shortcuts.GO_TO_TIME + ")");
    final Button help = button("helpButton", "?", null, "Keyboard shortcuts (F1 or ?)");
    final ToggleButton lessons = new ToggleButton("Lessons", icon(Feather.BOOK_OPEN));
    private final javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane();
    private double chromeZoom = 1;
    private double width;

    /**
     * With words on its buttons the toolbar is 79 em long at 100 % (1262 px; zoomed, a little less in em, its icons
     * being sized in px): narrower than this, it shows only icons, and stays one row.
     */
    static final double WORDS_MIN_WIDTH_EM = 79.5;

    Controls() {
        open.setId("openButton");
        open.getItems().addAll(openFile, openFolder);
        run.getStyleClass().add("primary");
        play.getStyleClass().add("primary");
        taskStep.setSelected(true);
        speed.getItems().setAll(Speed.values());
        speed.setId("speedChoice");
        speed.setTooltip(new Tooltip("Play speed; Instant turns motion off"));
        zoom.setId("zoomLabel");
        zoom.getStyleClass().add("zoom-label");
        for (Theme look : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(look.title());
            item.setUserData(look);
            item.setToggleGroup(themes);
            theme.getItems().add(item);
        }
        lessons.setId("lessonsButton");
        lessons.setTooltip(new Tooltip("Show or hide the lesson and inspector column (" + Shortcuts.LESSONS + ")"));
        more.setId("moreButton");
        more.getItems().addAll(goToTime, theme, exportStage, exportTimeline, fullScreen);
        more.setTooltip(new Tooltip("Go to a time, theme (light, dark, high contrast), export as PNG, full screen"));
    }

    /** A wrapping bar rather than a ToolBar: at 200 % on 1280 px it takes two rows instead of hiding controls. */
    javafx.scene.layout.FlowPane toolbar() {
        HBox grainBox = new HBox(line, taskStep, iteration);
        grainBox.getStyleClass().add("grain-box");
        HBox zoomBox = new HBox(zoomOut, zoom, zoomIn);
        zoomBox.getStyleClass().add("zoom-box");
        bar.getChildren().setAll(open, run, gap(), restart, back, play, step, end,
                grainBox, gap(), speed, zoomBox, lessons, more, help);
        bar.getStyleClass().addAll("tool-bar", "controls");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private static javafx.scene.layout.Region gap() {
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        gap.getStyleClass().add("toolbar-gap");
        return gap;
    }

    void selectTheme(Theme look) {
        themes.getToggles().stream().filter(t -> t.getUserData() == look).findFirst().ifPresent(t -> t.setSelected(true));
    }

    Grain selectedGrain() {
        return (Grain) grains.getSelectedToggle().getUserData();
    }

    void selectGrain(Grain grain) {
        grains.getToggles().stream().filter(t -> t.getUserData() == grain).findFirst().ifPresent(t -> t.setSelected(true));
    }

    private ToggleButton grain(String id, String text, Grain grain, String keys) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(grain);
        button.setToggleGroup(grains);
        button.setTooltip(new Tooltip("Step one " + grain.words() + " at a time (" + keys + ")"));
        // A grain is always chosen: clicking the selected one keeps it.
        button.setOnAction(event -> button.setSelected(true));
        return button;
    }

    private static Button button(String id, String text, Feather icon, String tooltip) {
        Button button = new Button(text, icon == null ? null : icon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    private static FontIcon icon(Feather icon) {
        return new FontIcon(icon);
    }

    /**
     * The toolbar's size for the window's zoom, which it follows up to 150 % ({@link WindowLayout#chromeZoom}). (Icon sizes follow it through the {@code zoom-NNN} classes in
     * main-window.css: ikonli resolves an em size against its own font, and AtlantaFX's px size beats setIconSize.)
     */
    void setZoom(double windowZoom) {
        chromeZoom = WindowLayout.chromeZoom(windowZoom);
        bar.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", WindowLayout.em(chromeZoom)));
        bar.getStyleClass().removeIf(c -> c.startsWith("zoom-"));
        bar.getStyleClass().add("zoom-" + Math.round(chromeZoom * 4) * 25);
        fitWords();
    }

    /** The window's width, which decides between words and icons. */
    void setWidth(double newWidth) {
        width = newWidth;
        fitWords();
    }

    /** Words and icons while they fit in one row; else buttons with an icon show only it (their tooltips name them). */
    static boolean showsWords(double widthPx, double chromeZoom) {
        return widthPx >= WORDS_MIN_WIDTH_EM * WindowLayout.em(chromeZoom);
    }

    private void fitWords() {
        javafx.scene.control.ContentDisplay display = width > 0 && !showsWords(width, chromeZoom)
                ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY : javafx.scene.control.ContentDisplay.LEFT;
        for (javafx.scene.control.Labeled labeled
                : new javafx.scene.control.Labeled[] {open, run, back, play, step, lessons}) {
            labeled.setContentDisplay(display);
        }
    }
}
