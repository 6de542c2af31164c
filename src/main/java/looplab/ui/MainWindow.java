package looplab.ui;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import looplab.runtime.Runner;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * LoopLab's first window: the lessons on the left, the selected program in an editor, its output underneath,
 * and a toolbar to open a file and run the program. The visualizer replaces this layout later; until then it
 * is deliberately plain. Build and use on the FX thread.
 */
public final class MainWindow {
    private static final String STYLESHEET = "main-window.css";
    /** The interpreter recurses on the Java stack once per Python call, as the test JVM's -Xss64m allows for. */
    private static final long RUN_THREAD_STACK_BYTES = 64L * 1024 * 1024;

    private final Path lessonsFolder;
    private final ProgramRunner runner;
    private final ListView<Lesson> lessonList = new ListView<>();
    private final CodeArea codeArea = new CodeArea();
    private final OutputPane output = new OutputPane();
    private final Button openButton = new Button("Open…", new FontIcon(MaterialDesignF.FOLDER_OPEN));
    private final Button runButton = new Button("Run", new FontIcon(MaterialDesignP.PLAY));
    private final Label programLabel = new Label();
    private final Label statusLabel = new Label("Ready");
    private final BorderPane root = new BorderPane();
    private String programName = "untitled.py";

    public MainWindow(Path lessonsFolder, ProgramRunner runner) {
        this.lessonsFolder = lessonsFolder;
        this.runner = runner;
        root.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        root.getStyleClass().add("main-window");
        root.setTop(toolbar());
        root.setCenter(body());
        showLessons();
        output.appendNote("Press Run to run the program in the editor; what it prints appears here.");
    }

    public Parent root() {
        return root;
    }

    /** Shows {@code program} in the editor, ready to run; errors reading it go to the output pane. */
    public void open(Path program) {
        try {
            codeArea.replaceText(Files.readString(program));
            codeArea.moveTo(0);
            codeArea.requestFollowCaret();
            programName = program.getFileName().toString();
            programLabel.setText(displayName(program));
        } catch (IOException | UncheckedIOException e) {
            output.appendProblem("⚠ Could not open " + program + ": " + e.getMessage());
        }
    }

    /** A lesson as {@code lessons/01-hello/main.py}, which a class can read off a projector; others in full. */
    private String displayName(Path program) {
        Path base = lessonsFolder.toAbsolutePath().getParent();
        Path absolute = program.toAbsolutePath();
        return base != null && absolute.startsWith(lessonsFolder.toAbsolutePath())
                ? base.relativize(absolute).toString()
                : absolute.toString();
    }

    private ToolBar toolbar() {
        openButton.setId("openButton");
        openButton.setOnAction(event -> chooseFile());
        runButton.setId("runButton");
        runButton.getStyleClass().addAll(Styles.ACCENT, "run-button");
        runButton.setOnAction(event -> runProgram());
        programLabel.setId("programLabel");
        programLabel.getStyleClass().add("program-label");
        statusLabel.setId("statusLabel");
        statusLabel.getStyleClass().add("status-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(openButton, runButton, programLabel, spacer, statusLabel);
    }

    private SplitPane body() {
        SplitPane programAndOutput = new SplitPane(editor(), outputBox());
        programAndOutput.setOrientation(Orientation.VERTICAL);
        programAndOutput.setDividerPositions(0.6);
        SplitPane body = new SplitPane(lessonsBox(), programAndOutput);
        body.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(body.getItems().get(0), false);
        return body;
    }

    private VBox lessonsBox() {
        lessonList.setId("lessonList");
        lessonList.getSelectionModel().selectedItemProperty().addListener((seen, before, lesson) -> {
            if (lesson != null) {
                open(lesson.program());
            }
        });
        VBox.setVgrow(lessonList, Priority.ALWAYS);
        return titled("Lessons", lessonList);
    }

    private VirtualizedScrollPane<CodeArea> editor() {
        codeArea.setId("codeArea");
        codeArea.getStyleClass().add("program-editor");
        codeArea.setParagraphGraphicFactory(LineNumberFactory.get(codeArea));
        return new VirtualizedScrollPane<>(codeArea);
    }

    private VBox outputBox() {
        Label legend = new Label("Lines marked “" + OutputPane.STDERR_LABEL.strip() + "” are error output");
        legend.getStyleClass().add("legend");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label heading = heading("Output");
        HBox header = new HBox(heading, spacer, legend);
        header.getStyleClass().add("pane-header");
        VBox.setVgrow(output.view(), Priority.ALWAYS);
        VBox box = new VBox(header, output.view());
        box.getStyleClass().add("pane");
        return box;
    }

    private VBox titled(String title, Region content) {
        HBox header = new HBox(heading(title));
        header.getStyleClass().add("pane-header");
        VBox box = new VBox(header, content);
        box.getStyleClass().add("pane");
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("pane-title", Styles.TEXT_BOLD);
        return label;
    }

    private void showLessons() {
        List<Lesson> lessons;
        try {
            lessons = LessonFolder.scan(lessonsFolder);
        } catch (UncheckedIOException e) {
            lessons = List.of();
            output.appendProblem("⚠ Could not read the lessons folder " + lessonsFolder + ": " + e.getMessage());
        }
        lessonList.setPlaceholder(emptyLessonsMessage());
        lessonList.getItems().setAll(lessons);
        if (!lessons.isEmpty()) {
            lessonList.getSelectionModel().selectFirst();
        }
    }

    private Label emptyLessonsMessage() {
        Label message = new Label("No lessons found.\n\nPut lesson folders or .py files in\n"
                + lessonsFolder + "\n\nor use “Open…” to pick a program.");
        message.setId("noLessonsMessage");
        message.setWrapText(true);
        message.getStyleClass().add("empty-state");
        return message;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Python program");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Python programs", "*.py"));
        if (Files.isDirectory(lessonsFolder)) {
            chooser.setInitialDirectory(lessonsFolder.toFile());
        }
        var file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            lessonList.getSelectionModel().clearSelection();
            open(file.toPath());
        }
    }

    private void runProgram() {
        String source = codeArea.getText();
        String fileName = programName;
        runButton.setDisable(true);
        statusLabel.setText("Running…");
        output.clear();
        output.appendNote(RunMessages.started(fileName));
        FxOutputSink sink = new FxOutputSink(output);
        Thread thread = new Thread(null, () -> runInBackground(source, fileName, sink), "looplab-run",
                RUN_THREAD_STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs off the FX thread; whatever happens, the window hears how it ended and Run is enabled again. */
    private void runInBackground(String source, String fileName, FxOutputSink sink) {
        try {
            Runner.Result result = runner.run(source, fileName, sink);
            sink.thenOnFxThread(pane -> {
                pane.appendNote(RunMessages.finished(result));
                finish(RunMessages.statusOf(result));
            });
        } catch (RuntimeException | StackOverflowError e) {
            sink.thenOnFxThread(pane -> {
                pane.appendProblem(RunMessages.failed(e));
                finish("Could not run");
            });
        }
    }

    private void finish(String status) {
        statusLabel.setText(status);
        runButton.setDisable(false);
    }
}
