package looplab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import looplab.language.Parser;
import looplab.language.PythonSyntaxError;
import looplab.trace.JsonLinesTraceReader;
import looplab.trace.TraceEvent;
import looplab.trace.TraceReplay;

/**
 * LoopLab's window: the code, the loop stage, the timeline, the console and the inspector, all views of one
 * {@link StageViewModel} over the trace of the last run. Controls only move the model's event index; every view
 * redraws from the state there. Build and use on the FX thread; programs run on a background thread.
 */
public final class MainWindow {
    private static final String STYLESHEET = "main-window.css";
    private static final double ZOOM_STEP = 0.25;

    private final Controls controls = new Controls();
    private final CodeView code = new CodeView();
    private final StageView stage = new StageView();
    private final TimelineView timeline = new TimelineView();
    private final ConsoleView console = new ConsoleView();
    /** The console rows made so far for the run shown (see {@link ConsoleRows}). */
    private final ConsoleRows consoleRows = new ConsoleRows();
    private final InspectorView inspector = new InspectorView();
    private final LessonView lessonView = new LessonView();
    private WindowPanes panes;
    private boolean fitPending;
    private final Label status = new Label("Open a program or pick a lesson.");
    private final Label position = new Label();
    private final Label warning = new Label();
    private final HBox statusBar = new HBox();
    private final TimelineHeader timelineHeader = new TimelineHeader(timeline);
    private final Label programLabel = new Label("untitled.py");
    private final HelpSheet help = new HelpSheet();
    private final BorderPane window = new BorderPane() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            // Now the panes' size is known, and their dividers are placed before they lay out.
            panes.fitShares(settings.zoom(), run == null ? "" : run.source());
        }
    };
    private final StackPane root = new StackPane(window, help.view());
    private final StageViewModel model = StageViewModel.of(List.of());
    private final Timeline player = new Timeline();
    private final ProgramRunner runner;
    private final SettingsStore settingsStore;
    private Settings settings;
    private Path lessonsFolder;
    private ProgramRun run;
    private LessonGuide guide = LessonGuide.load(Path.of(""));
    /** The lesson whose program is running now; its run becomes the lesson's when it finishes. */
    private looplab.lessons.Lesson startingLesson;
    private String fileName = "main.py";
    /** The program file in the editor (null for a trace or before the first); drafts are kept by file. */
    private Path openFile;
    private final java.util.Map<Path, String> drafts = new java.util.HashMap<>();
    private long selectedTask = -1;
    private Double pendingTime;
    private String pendingInspect;
    private boolean running;

    public MainWindow(Path lessonsFolder, ProgramRunner runner, SettingsStore settingsStore) {
        this(lessonsFolder, runner, settingsStore, null);
    }

    /** @param initialFile a program or trace to open instead of the last lesson, or null */
    public MainWindow(Path lessonsFolder, ProgramRunner runner, SettingsStore settingsStore, Path initialFile) {
        this.lessonsFolder = lessonsFolder;
        this.runner = runner;
        this.settingsStore = settingsStore;
        this.settings = settingsStore.load();
        root.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        root.getStyleClass().add("main-window");
        window.setTop(controls.toolbar());
        window.setCenter(body());
        window.setBottom(statusBar());
        wireControls();
        model.addListener(m -> render());
        player.setCycleCount(Timeline.INDEFINITE);
        applySettings();
        settingsStore.warning().ifPresent(this::warn);
        showLessons(initialFile == null);
        if (initialFile != null) {
            openFileOrItsLesson(initialFile);
        }
        render();
    }

    public Parent root() {
        return root;
    }

    public StageViewModel model() {
        return model;
    }

    /** The run shown now, or null before the first. */
    public ProgramRun currentRun() {
        return run;
    }

    public boolean isRunning() {
        return running;
    }

    // ---- layout ----

    private Node body() {
        VBox codePane = titled("Code", programLabel, code.view());
        VBox stagePane = titled("The loop", null, stage.view());
        VBox consolePane = titled("Console", null, console.view());
        lessonView.onChoose(this::openLesson);
        lessonView.onAnswered(this::keepProgress);
        panes = new WindowPanes(codePane, stagePane, titled("Timeline", timelineHeader.view(), timeline.view()),
                consolePane, lessonView.view(), inspector.view(),
                header(codePane), header(stagePane), header(consolePane));
        controls.lessons.setSelected(true);
        root.widthProperty().addListener((seen, before, width) -> {
            controls.setWidth(width.doubleValue());
            fitLayoutLater();
        });
        root.heightProperty().addListener((seen, before, height) -> fitLayoutLater());
        return panes.view();
    }

    private void showSide(WindowPanes.Page page) {
        panes.show(page);
        controls.lessons.setSelected(true);
    }

    // ---- fitting the layout to the window and the zoom ----

    /** After the current pulse: the arrangement changes the scene graph, which is not done inside a layout pass. */
    private void fitLayoutLater() {
        if (!fitPending) {
            fitPending = true;
            Platform.runLater(this::fitLayout);
        }
    }

    /** Picks the arrangement for the window's size and zoom; the dividers follow in the next layout pass. */
    private void fitLayout() {
        fitPending = false;
        panes.fitTo(root.getWidth(), root.getHeight(), settings.zoom());
        window.requestLayout();
    }

    private static Node header(VBox titled) {
        return titled.getChildren().get(0);
    }

    private static VBox titled(String title, Node extra, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("pane-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = extra == null ? new HBox(heading) : new HBox(heading, spacer, extra);
        if (extra != null) {
            HBox.setHgrow(extra, Priority.SOMETIMES); // an HBox extra gets the room there is and lays it out
        }
        header.getStyleClass().add("pane-header");
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox box = new VBox(header, content);
        box.getStyleClass().add("pane");
        box.setMinHeight(0);
        return box;
    }

    private Node statusBar() {
        status.setId("statusLabel");
        status.getStyleClass().add("status-label");
        // A long message gives way (its whole text in a tooltip); the position in the trace is never cut.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(status.textProperty());
        status.setTooltip(whole);
        position.setId("positionLabel");
        position.getStyleClass().add("status-label");
        position.setMinWidth(Region.USE_PREF_SIZE);
        warning.setId("warningLabel");
        warning.getStyleClass().add("warning-label");
        warning.setWrapText(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        statusBar.getChildren().setAll(status, spacer, warning, position);
        statusBar.getStyleClass().add("status-bar");
        return statusBar;
    }

    // ---- controls ----

    private void wireControls() {
        controls.openFile.setOnAction(e -> chooseFile());
        controls.openFolder.setOnAction(e -> chooseFolder());
        controls.run.setOnAction(e -> runProgram());
        controls.restart.setOnAction(e -> act(model::restart));
        controls.back.setOnAction(e -> act(() -> model.back(controls.selectedGrain())));
        controls.step.setOnAction(e -> act(() -> model.step(controls.selectedGrain())));
        controls.end.setOnAction(e -> act(model::toEnd));
        controls.play.setOnAction(e -> togglePlay());
        controls.speed.setOnAction(e -> changeSettings(settings.withSpeed(controls.speed.getValue())));
        controls.themes.selectedToggleProperty().addListener((seen, before, chosen) -> {
            if (chosen != null) {
                changeSettings(settings.withTheme((Theme) chosen.getUserData()));
            }
        });
        controls.zoomIn.setOnAction(e -> zoomBy(ZOOM_STEP));
        controls.zoomOut.setOnAction(e -> zoomBy(-ZOOM_STEP));
        controls.exportStage.setOnAction(e -> export("stage", "loop-stage.png"));
        controls.exportTimeline.setOnAction(e -> export("timeline", "timeline.png"));
        controls.fullScreen.setOnAction(e -> toggleFullScreen());
        controls.goToTime.setOnAction(e -> askForATime());
        controls.help.setOnAction(e -> help.toggle());
        controls.lessons.setOnAction(e -> {
            panes.setSideShown(controls.lessons.isSelected());
        });
        timeline.onJump(index -> act(() -> model.jumpTo(index)));
        stage.onTaskSelected(taskId -> {
            selectedTask = taskId;
            showSide(WindowPanes.Page.INSPECTOR);
            render();
        });
        code.area().multiPlainChanges().successionEnds(java.time.Duration.ofMillis(400)).subscribe(c -> codeEdited());
        root.sceneProperty().addListener((seen, before, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
            }
        });
    }

    /** A user's move stops Play: the teacher has taken over. */
    private void act(Runnable move) {
        pause();
        move.run();
    }

    private void togglePlay() {
        if (player.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            pause();
            return;
        }
        if (model.atEnd()) {
            model.restart();
        }
        player.getKeyFrames().setAll(new KeyFrame(Duration.millis(settings.speed().tickMillis()), e -> {
            model.step(controls.selectedGrain());
            if (model.atEnd()) {
                pause();
            }
        }));
        player.play();
        controls.play.setText("Pause");
    }

    private void pause() {
        player.stop();
        controls.play.setText("Play");
    }

    public boolean isPlaying() {
        return player.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private void onKey(KeyEvent event) {
        // Typing (the code, or an answer to a lesson's question) keeps its keys: Space, arrows and N are text there.
        boolean inEditor = code.area().isFocused()
                || root.getScene() != null && root.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl;
        KeyCode key = event.getCode();
        if (key == KeyCode.F1 || !inEditor && "?".equals(event.getText())) {
            help.toggle();
        } else if (key == KeyCode.ESCAPE) {
            help.hide();
            stage.view().requestFocus();
        } else if (key == KeyCode.F5 || key == KeyCode.ENTER && event.isShortcutDown()) {
            runProgram();
        } else if (key == KeyCode.F11) {
            toggleFullScreen();
        } else if (event.isShortcutDown() && key == KeyCode.O) {
            chooseFile();
        } else if (event.isShortcutDown() && key == KeyCode.G) {
            askForATime();
        } else if (event.isShortcutDown() && key == KeyCode.L) {
            controls.lessons.fire();
        } else if (!inEditor && key == KeyCode.N && !event.isShortcutDown()) {
            showSide(WindowPanes.Page.LESSON);
            lessonView.nextMoment();
        } else if (event.isShortcutDown() && (key == KeyCode.EQUALS || key == KeyCode.PLUS || key == KeyCode.ADD)) {
            zoomBy(ZOOM_STEP);
        } else if (event.isShortcutDown() && (key == KeyCode.MINUS || key == KeyCode.SUBTRACT)) {
            zoomBy(-ZOOM_STEP);
        } else if (inEditor || !stepKey(event)) {
            return;
        }
        event.consume();
    }

    /** Space, arrows, Home and End drive the stepping, except while typing in the editor. */
    private boolean stepKey(KeyEvent event) {
        switch (event.getCode()) {
            case SPACE -> togglePlay();
            case RIGHT -> act(() -> model.step(grainOf(event)));
            case LEFT -> act(() -> model.back(grainOf(event)));
            case HOME -> act(model::restart);
            case END -> act(model::toEnd);
            default -> {
                return false;
            }
        }
        return true;
    }

    private Grain grainOf(KeyEvent event) {
        if (event.isShiftDown()) {
            return Grain.LINE;
        }
        if (event.isShortcutDown()) {
            return Grain.TASK_STEP;
        }
        if (event.isAltDown()) {
            return Grain.ITERATION;
        }
        return controls.selectedGrain();
    }

    // ---- settings ----

    private void applySettings() {
        controls.speed.setValue(settings.speed());
        controls.selectTheme(settings.theme());
        Application.setUserAgentStylesheet(settings.theme().userAgentStylesheet());
        root.getStylesheets().removeIf(sheet -> sheet.endsWith("high-contrast.css"));
        if (settings.theme().extraStylesheet() != null) {
            root.getStylesheets().add(MainWindow.class.getResource(settings.theme().extraStylesheet()).toExternalForm());
        }
        root.getStyleClass().removeAll("dark", "light");
        root.getStyleClass().add(settings.theme().isDark() ? "dark" : "light");
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", WindowLayout.em(settings.zoom())));
        controls.zoom.setText(Math.round(settings.zoom() * 100) + " %");
        controls.setZoom(settings.zoom());
        console.setZoom(settings.zoom());
        stage.setZoom(settings.zoom());
        code.setCompact(WindowLayout.compactGutter(settings.zoom()));
        timelineHeader.setZoom(settings.zoom());
        statusBar.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                WindowLayout.em(WindowLayout.chromeZoom(settings.zoom()))));
        panes.setTabZoom(WindowLayout.chromeZoom(settings.zoom()));
        lessonView.setChromeZoom(WindowLayout.chromeZoom(settings.zoom()));
        timeline.setLook(settings.theme(), settings.zoom());
        fitLayoutLater();
    }

    private void changeSettings(Settings changed) {
        if (changed.equals(settings)) {
            return;
        }
        settings = changed;
        applySettings();
        render();
        settingsStore.save(settings).ifPresent(this::warn);
    }

    /** Progress changes nothing on screen: it is saved without re-applying the look (which restyles everything). */
    private void keepProgress() {
        settings = settings.withProgress(guide.progress());
        settingsStore.save(settings).ifPresent(this::warn);
    }

    private void zoomBy(double delta) {
        changeSettings(settings.withZoom(settings.zoom() + delta));
    }

    public Settings settings() {
        return settings;
    }

    /** Sets the zoom (1.0–3.0) as the − and + buttons do. */
    public void setZoom(double zoom) {
        changeSettings(settings.withZoom(zoom));
    }

    public void setTheme(Theme theme) {
        changeSettings(settings.withTheme(theme));
    }

    /** Problems of the window itself (settings, lessons folder, export), kept in view until the next one. */
    private void warn(String message) {
        warning.setText("⚠ " + message);
        warning.setTooltip(new javafx.scene.control.Tooltip(message));
    }

    // ---- programs ----

    /** Lists the lessons; openOne reopens the last lesson (or the first) as the window's starting point. */
    private void showLessons(boolean openOne) {
        guide = LessonGuide.load(lessonsFolder, settings.progress());
        Label empty = new Label("No lessons found.\n\nPut lesson folders or .py files in\n" + lessonsFolder
                + "\n\nor use Open to pick a program.");
        empty.setId("noLessonsMessage");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        lessonView.list.setPlaceholder(empty);
        lessonView.show(guide, index -> act(() -> model.jumpTo(index)));
        if (!openOne) {
            return;
        }
        List<looplab.lessons.Lesson> lessons = guide.lessons();
        Optional<looplab.lessons.Lesson> last = lessons.stream()
                .filter(l -> l.program().toString().equals(settings.lastLesson())).findFirst();
        if (last.isPresent()) {
            lessonView.list.getSelectionModel().select(last.get());
        } else if (!lessons.isEmpty()) {
            lessonView.list.getSelectionModel().selectFirst();
        }
    }

    /** A lesson's own program opens as that lesson; any other file as itself. */
    private void openFileOrItsLesson(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        guide.lessons().stream().filter(l -> l.program().toAbsolutePath().normalize().equals(wanted)).findFirst()
                .ifPresentOrElse(lesson -> lessonView.list.getSelectionModel().select(lesson), () -> open(file));
    }

    /**
     * Once the next run is shown: the last moment at or before {@code seconds} of virtual time, and the task named
     * {@code taskName} in the inspector (either may be null). For {@code looplab gui FILE --at 1.0 --inspect Task-2}.
     */
    public void afterTheRun(Double seconds, String taskName) {
        pendingTime = seconds;
        pendingInspect = taskName;
    }

    private void applyPendingMoment() {
        if (pendingTime != null) {
            model.jumpToTime(pendingTime);
        }
        if (pendingInspect != null) {
            model.replay().stateAt(model.replay().end()).tasks().values().stream()
                    .filter(t -> t.name().equals(pendingInspect)).findFirst().ifPresentOrElse(task -> {
                        selectedTask = task.taskId();
                        showSide(WindowPanes.Page.INSPECTOR);
                    }, () -> warn("No task is named " + pendingInspect + " in this run."));
        }
        pendingTime = null;
        pendingInspect = null;
        render();
    }

    /** Asks for a virtual time and shows the last moment at or before it. */
    private void askForATime() {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(
                StageLanes.seconds(model.state().clock()).replace(" s", ""));
        dialog.setTitle("Go to time");
        dialog.setHeaderText("Show the loop at a moment of the program's own clock (loop.time()).");
        dialog.setContentText("Seconds:");
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        dialog.showAndWait().ifPresent(text -> {
            try {
                act(() -> model.jumpToTime(Double.parseDouble(text.trim().replace(',', '.'))));
            } catch (NumberFormatException e) {
                warn("\"" + text + "\" is not a time in seconds, e.g. 1.5");
            }
        });
    }

    /** Opens and runs a lesson's program; when the run is done the lesson is laid over it. */
    private void openLesson(looplab.lessons.Lesson lesson) {
        startingLesson = lesson;
        open(lesson.program());
    }

    /** The lesson's story follows the run of its own program, unedited; any other run ends the lesson. */
    private void startLessonOn(ProgramRun finished) {
        if (startingLesson != null && finished.source().equals(startingLesson.source())) {
            guide.start(startingLesson, finished);
            showSide(WindowPanes.Page.LESSON);
        } else {
            guide.stop();
        }
        startingLesson = null;
        lessonView.refresh();
    }

    /**
     * Opens a program ({@code .py}: shown and run) or a recorded trace ({@code .jsonl}, as written by
     * {@code looplab run --trace}: shown with the {@code .py} of the same name beside it, if there is one).
     * Problems are shown in the status bar, never thrown.
     */
    public void open(Path file) {
        keepDraft();
        try {
            if (file.getFileName().toString().endsWith(".jsonl")) {
                openTrace(file);
                return;
            }
            String source = Files.readString(file);
            openFile = file.toAbsolutePath().normalize();
            fileName = file.getFileName().toString();
            programLabel.setText(file.getFileName().toString());
            code.setText(source);
            changeSettings(settings.withLastLesson(file.toString()));
            runProgram();
        } catch (IOException | UncheckedIOException e) {
            warn("Could not open " + file + ": " + e.getMessage());
        }
    }

    /**
     * Edits not yet run are kept when another program is opened, and come back when this one is opened again:
     * switching lessons must not throw a student's work away.
     */
    private void keepDraft() {
        if (openFile != null && run != null && !code.text().equals(run.source())) {
            drafts.put(openFile, code.text());
        }
    }

    /** After the file's own program ran: its kept edits go back into the editor, to run when the student wants. */
    private void restoreDraft() {
        String draft = openFile == null ? null : drafts.remove(openFile);
        if (draft != null) {
            code.setText(draft);
            codeEdited();
            status.setText("Your earlier edits to " + fileName + " are back: press Run (F5) to run them.");
        }
    }

    private void openTrace(Path file) throws IOException {
        List<TraceEvent> events = JsonLinesTraceReader.read(file);
        openFile = null;
        String base = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
        Path program = file.resolveSibling(base + ".py");
        String source = Files.exists(program) ? Files.readString(program) : "# " + program.getFileName()
                + " was not found next to the trace; the stage and the timeline still show the run.\n";
        int exit = events.isEmpty() || !(events.get(events.size() - 1) instanceof TraceEvent.ProgramEnded end)
                ? 0 : end.exitCode();
        showRun(new ProgramRun(source, program.getFileName().toString(), events, "", "", exit, null, null, false));
    }

    /** Shows a finished run (of the program in the editor, or a trace recorded elsewhere) from its start. */
    public void showRun(ProgramRun finished) {
        showRun(finished, new TraceReplay(finished.events()), null);
    }

    /** {@code replay} and {@code prepared} (may be null) were built off the FX thread for a large trace. */
    private void showRun(ProgramRun finished, TraceReplay replay, looplab.trace.Timeline prepared) {
        pause();
        run = finished;
        fileName = finished.fileName();
        programLabel.setText(fileName);
        if (!code.text().equals(finished.source())) {
            code.setText(finished.source());
        }
        selectedTask = -1;
        window.requestLayout(); // zoomed, the code's share follows the program's lines
        code.markError(finished.syntaxError() != null ? finished.syntaxError().line() : finished.stoppedAtLine());
        timeline.load(finished.events(), TaskPalette.of(finished.events()), prepared);
        model.load(replay);
        if (finished.ranOutOfBudget()) {
            model.toEnd();
        }
        status.setText((finished.syntaxError() != null || finished.problem() != null || finished.exitCode() != 0
                ? "⚠ " : "") + finished.summary() + (finished.traceTruncated() ? " (trace cut at "
                + ProgramSession.MAX_EVENTS + " events)" : ""));
        startLessonOn(finished);
        applyPendingMoment();
        restoreDraft();
        stage.view().requestFocus();
    }

    /** Runs the program in the editor on a background thread; the window stays live and shows it when done. */
    public void runProgram() {
        if (running) {
            return;
        }
        running = true;
        pause();
        controls.run.setDisable(true);
        status.setText("Running " + fileName + " …");
        String source = code.text();
        String name = fileName;
        looplab.trace.Timeline.Axis axis = timeline.axis();
        Thread thread = new Thread(() -> {
            ProgramRun finished = ProgramSession.run(runner, source, name);
            Prepared prepared = prepare(finished, axis);
            Platform.runLater(() -> {
                running = false;
                controls.run.setDisable(false);
                showRun(prepared.run(), prepared.replay(), prepared.timeline());
            });
        }, "looplab-run");
        thread.setDaemon(true);
        thread.start();
    }

    private record Prepared(ProgramRun run, TraceReplay replay, looplab.trace.Timeline timeline) {
    }

    /**
     * Replays and lays out the trace on the run's thread, so the window stays live however long that takes. A
     * trace too large for the memory is dropped with a message rather than taking the window down.
     */
    private static Prepared prepare(ProgramRun finished, looplab.trace.Timeline.Axis axis) {
        try {
            return new Prepared(finished, new TraceReplay(finished.events()),
                    TimelineView.prepare(finished.events(), axis));
        } catch (OutOfMemoryError e) {
            ProgramRun withoutTrace = new ProgramRun(finished.source(), finished.fileName(), List.of(),
                    finished.stdout(), finished.stderr(), finished.exitCode(), finished.syntaxError(),
                    "The trace of this run (" + finished.events().size() + " events) is too large to replay in "
                            + (Runtime.getRuntime().maxMemory() >> 20) + " MB; only its output is shown.",
                    finished.traceTruncated());
            return new Prepared(withoutTrace, new TraceReplay(List.of()), null);
        }
    }

    /** After an edit: the marks no longer fit the text, and a syntax error is shown where the parser stops. */
    private void codeEdited() {
        if (run == null || code.text().equals(run.source())) {
            return;
        }
        code.show(null);
        try {
            Parser.parse(code.text(), fileName);
            code.markError(0);
            status.setText("Edited: press Run (F5) to run the new version.");
        } catch (PythonSyntaxError e) {
            code.markError(e.line());
            status.setText("⚠ " + e.kind() + " at line " + e.line() + ": " + e.message());
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Python program or a LoopLab trace");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Python programs and traces", "*.py", "*.jsonl"));
        if (Files.isDirectory(lessonsFolder)) {
            chooser.setInitialDirectory(lessonsFolder.toFile());
        }
        var file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            lessonView.list.getSelectionModel().clearSelection();
            open(file.toPath());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose a lessons folder");
        var folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) {
            lessonsFolder = folder.toPath();
            showLessons(true);
        }
    }

    private void export(String what, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as PNG");
        chooser.setInitialFileName(suggested);
        var file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            exportTo(what, file.toPath());
        }
    }

    /** Writes the stage or the timeline ({@code what}) as a PNG; a failure is shown, not thrown. */
    public void exportTo(String what, Path file) {
        try {
            PngExport.write(what.equals("stage") ? stage.exportParts() : List.of(timeline.canvas()), file);
            warning.setText("");
            status.setText("Saved " + file);
        } catch (IOException | RuntimeException e) {
            warn("Could not save " + file + ": " + e.getMessage());
        }
    }

    private void toggleFullScreen() {
        Scene scene = root.getScene();
        if (scene != null && scene.getWindow() instanceof Stage window) {
            window.setFullScreen(!window.isFullScreen());
        }
    }

    // ---- drawing ----

    private void render() {
        boolean edited = run != null && !code.text().equals(run.source());
        stage.select(selectedTask);
        stage.show(model.state(), model.palette(), settings.speed().motionMillis());
        if (!edited) {
            code.show(model.replay().size() == 0 ? null : CodeMarks.of(model.state(), model.palette()));
        }
        console.show(consoleRows.rows(model, run));
        timeline.setPlayhead(model.index());
        inspector.show(model.state(), selectedTask, model.palette());
        int total = model.replay().size();
        position.setText(total == 0 ? "no trace" : "event " + (model.index() + 1) + " of " + total);
        controls.back.setDisable(model.atStart());
        controls.restart.setDisable(model.atStart());
        controls.step.setDisable(model.atEnd());
        controls.end.setDisable(model.atEnd());
    }

    // For tests: what the window shows now, as text.

    String clockText() {
        return ((Label) root.lookup("#clockLabel")).getText();
    }

    CodeView codeView() {
        return code;
    }

    ConsoleView consoleView() {
        return console;
    }

    InspectorView inspectorView() {
        return inspector;
    }

    TimelineView timelineView() {
        return timeline;
    }

    Controls controlsForTest() {
        return controls;
    }

    LessonView lessonView() {
        return lessonView;
    }

    LessonGuide lessonGuide() {
        return guide;
    }

    StageView stageView() {
        return stage;
    }

    WindowPanes panes() {
        return panes;
    }

    HelpSheet helpSheet() {
        return help;
    }
}
