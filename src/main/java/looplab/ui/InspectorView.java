package looplab.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import looplab.trace.CallFrame;
import looplab.trace.LoopState;
import looplab.trace.LoopState.Frames;
import looplab.trace.LoopState.TaskInfo;
import looplab.trace.LoopState.Worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why is this task where it is: its state, what it awaits, its line, its call stack and the innermost frame's
 * locals, its result or exception, the cancellation requests it received and where the cancellation landed.
 * Shows the selected task, or the running one when none is selected.
 */
final class InspectorView {
    static final String EMPTY = "Click a task on the stage to inspect it.";
    private final Label title = new Label();
    private final GridPane facts = new GridPane();
    private final VBox stack = new VBox();
    private final GridPane locals = new GridPane();
    private final VBox executor = new VBox();
    private final VBox content = new VBox(title, facts, stack, locals, executor);

    InspectorView() {
        content.setId("inspector");
        content.getStyleClass().add("inspector");
        title.getStyleClass().add("inspector-title");
        title.setWrapText(true);
        facts.getStyleClass().add("inspector-facts");
        stack.setId("inspector-stack");
        stack.getStyleClass().add("inspector-stack");
        locals.setId("inspector-locals");
        locals.getStyleClass().add("inspector-locals");
        executor.setId("inspector-executor");
        executor.getStyleClass().add("inspector-stack");
        for (GridPane grid : List.of(facts, locals)) {
            ColumnConstraints names = new ColumnConstraints();
            names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a name is never cut; a value wraps
            ColumnConstraints values = new ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            values.setFillWidth(true);
            grid.getColumnConstraints().setAll(names, values);
        }
        content.setPadding(new Insets(8, 12, 8, 12));
    }

    Node view() {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    Node content() {
        return content;
    }

    /** Every text shown, top to bottom: the title, then each section's labels in reading order. */
    String text() {
        List<String> texts = new ArrayList<>();
        collectTexts(content, texts);
        return String.join("\n", texts);
    }

    /** The locals table, one {@code name = repr} per row, in definition order. */
    List<String> localsRows() {
        List<String> rows = new ArrayList<>();
        for (Node node : locals.getChildren()) {
            Integer column = GridPane.getColumnIndex(node);
            Integer row = GridPane.getRowIndex(node);
            if (row != null && row > 0 && node instanceof Label label) {
                if (column == null || column == 0) {
                    rows.add(label.getText());
                } else {
                    rows.set(rows.size() - 1, rows.get(rows.size() - 1) + " = " + label.getText());
                }
            }
        }
        return rows;
    }

    /** What the inspector shows, as values: a step that leaves it equal rebuilds nothing (no new labels, no CSS). */
    private record Shown(long taskId, String title, String colour, List<TaskFacts.Fact> facts, Frames frames,
                         String stackHeading, String noFrames, Worker worker, Frames workerFrames) {
    }

    private Shown shown;

    void show(LoopState state, long selectedTask, TaskPalette palette) {
        long taskId = selectedTask >= 0 && state.task(selectedTask) != null ? selectedTask
                : state.running() != null && state.running().isTaskStep() ? state.running().taskId() : -1;
        TaskInfo task = taskId < 0 ? null : state.task(taskId);
        Shown now = task == null ? new Shown(-1, EMPTY, null, List.of(), null, null, null, null, null)
                : about(state, task, palette);
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        clear();
        title.setText(now.title());
        title.setStyle(now.colour() == null ? "" : "-task-colour: " + now.colour() + ";");
        if (task == null) {
            return;
        }
        int row = 0;
        for (TaskFacts.Fact fact : now.facts()) {
            facts.addRow(row++, text(fact.name(), "fact-name"), wrapped(fact.value(), "fact-value"));
        }
        showFrames(now.frames(), now.stackHeading(), now.noFrames());
        if (now.worker() != null) {
            showExecutorJob(now.worker(), now.workerFrames());
        }
    }

    private static Shown about(LoopState state, TaskInfo task, TaskPalette palette) {
        long taskId = task.taskId();
        TaskFacts about = new TaskFacts(state, task);
        Worker worker = about.executorWorker();
        return new Shown(taskId, palette.shape(taskId) + " " + task.name() + "  " + task.coroutine(),
                palette.colour(taskId), about.facts(), about.frames(), about.stackHeading(), task.line() == 0
                ? "Its locals appear once it has run its first line." : "No Python frame to show.",
                worker, worker == null ? null : about.workerFrames(worker));
    }

    private void clear() {
        facts.getChildren().clear();
        stack.getChildren().clear();
        locals.getChildren().clear();
        executor.getChildren().clear();
    }

    private void showFrames(Frames frames, String heading, String none) {
        if (frames == null) {
            stack.getChildren().add(wrapped(none, "inspector-note"));
            return;
        }
        stack.getChildren().add(text(heading, "inspector-heading"));
        addStack(stack, frames.stack());
        showLocals(frames);
    }

    private static void addStack(VBox into, List<CallFrame> frames) {
        for (CallFrame frame : frames) {
            Label line = wrapped(TaskFacts.frameText(frame), "stack-frame");
            if (frame == frames.get(frames.size() - 1)) {
                line.getStyleClass().add("innermost");
            }
            into.getChildren().add(line);
        }
    }

    private void showLocals(Frames frames) {
        Label heading = text("Locals of " + frames.innermost().function() + "()", "inspector-heading");
        locals.add(heading, 0, 0, 2, 1);
        if (frames.locals().isEmpty()) {
            locals.add(text("no local variables", "inspector-note"), 0, 1, 2, 1);
            return;
        }
        int row = 1;
        for (Map.Entry<String, String> local : frames.locals().entrySet()) {
            locals.addRow(row++, text(local.getKey(), "local-name"), wrapped(local.getValue(), "local-value"));
        }
    }

    /** A task waiting on run_in_executor: the job's own frame, on the worker thread that runs it. */
    private void showExecutorJob(Worker worker, Frames frames) {
        executor.getChildren().add(text("In the executor, on " + worker.name(), "inspector-heading"));
        if (frames == null) {
            executor.getChildren().add(wrapped(worker.job().function(), "stack-frame"));
            return;
        }
        addStack(executor, frames.stack());
        frames.locals().forEach((name, value) -> executor.getChildren().add(wrapped(name + " = " + value,
                "local-value")));
    }

    private static Label text(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = text(text, styleClass);
        label.setWrapText(true);
        return label;
    }

    private static void collectTexts(Node node, List<String> into) {
        if (node instanceof Label label) {
            into.add(label.getText());
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectTexts(child, into);
            }
        }
    }
}
