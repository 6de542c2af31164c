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
    private final ReusedLabels factLabels = new ReusedLabels();
    private final ReusedLabels stackLabels = new ReusedLabels();
    private final ReusedLabels localLabels = new ReusedLabels();
    private final ReusedLabels executorLabels = new ReusedLabels();

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
        title.setText(now.title());
        title.setStyle(now.colour() == null ? "" : "-task-colour: " + now.colour() + ";");
        factLabels.reuse();
        stackLabels.reuse();
        localLabels.reuse();
        executorLabels.reuse();
        List<Label> factRows = new ArrayList<>();
        List<Label> stackLines = new ArrayList<>();
        List<Label> localRows = new ArrayList<>();
        List<Label> executorLines = new ArrayList<>();
        if (task != null) {
            int row = 0;
            for (TaskFacts.Fact fact : now.facts()) {
                factRows.add(inCell(factLabels.take(fact.name(), false, "fact-name"), 0, row, 1));
                factRows.add(inCell(factLabels.take(fact.value(), true, "fact-value"), 1, row++, 1));
            }
            showFrames(now.frames(), now.stackHeading(), now.noFrames(), stackLines, localRows);
            if (now.worker() != null) {
                showExecutorJob(now.worker(), now.workerFrames(), executorLines);
            }
        }
        Children.place(facts.getChildren(), factRows);
        Children.place(stack.getChildren(), stackLines);
        Children.place(locals.getChildren(), localRows);
        Children.place(executor.getChildren(), executorLines);
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

    private static Label inCell(Label label, int column, int row, int columnSpan) {
        GridPane.setConstraints(label, column, row, columnSpan, 1);
        return label;
    }

    private void showFrames(Frames frames, String heading, String none, List<Label> stackLines,
                            List<Label> localRows) {
        if (frames == null) {
            stackLines.add(stackLabels.take(none, true, "inspector-note"));
            return;
        }
        stackLines.add(stackLabels.take(heading, false, "inspector-heading"));
        addStack(stackLabels, frames.stack(), stackLines);
        showLocals(frames, localRows);
    }

    private static void addStack(ReusedLabels labels, List<CallFrame> frames, List<Label> into) {
        for (CallFrame frame : frames) {
            String text = TaskFacts.frameText(frame);
            into.add(frame == frames.get(frames.size() - 1) ? labels.take(text, true, "stack-frame", "innermost")
                    : labels.take(text, true, "stack-frame"));
        }
    }

    private void showLocals(Frames frames, List<Label> rows) {
        rows.add(inCell(localLabels.take("Locals of " + frames.innermost().function() + "()", false,
                "inspector-heading"), 0, 0, 2));
        if (frames.locals().isEmpty()) {
            rows.add(inCell(localLabels.take("no local variables", false, "inspector-note"), 0, 1, 2));
            return;
        }
        int row = 1;
        for (Map.Entry<String, String> local : frames.locals().entrySet()) {
            rows.add(inCell(localLabels.take(local.getKey(), false, "local-name"), 0, row, 1));
            rows.add(inCell(localLabels.take(local.getValue(), true, "local-value"), 1, row++, 1));
        }
    }

    /** A task waiting on run_in_executor: the job's own frame, on the worker thread that runs it. */
    private void showExecutorJob(Worker worker, Frames frames, List<Label> lines) {
        lines.add(executorLabels.take("In the executor, on " + worker.name(), false, "inspector-heading"));
        if (frames == null) {
            lines.add(executorLabels.take(worker.job().function(), true, "stack-frame"));
            return;
        }
        addStack(executorLabels, frames.stack(), lines);
        frames.locals().forEach((name, value) -> lines.add(executorLabels.take(name + " = " + value, true,
                "local-value")));
    }

    /**
     * The labels of one section, taken again in the same order at each step: stepping through a task changes its
     * line and locals at every step, and a new label would be styled from nothing where a reused one only gets a
     * new text.
     */
    private static final class ReusedLabels {
        private final List<Label> made = new ArrayList<>();
        private int taken;

        void reuse() {
            taken = 0;
        }

        Label take(String text, boolean wrap, String... styleClasses) {
            if (taken == made.size()) {
                made.add(new Label());
            }
            Label label = made.get(taken++);
            label.setText(text);
            label.setWrapText(wrap);
            List<String> classes = new ArrayList<>(List.of("label"));
            classes.addAll(List.of(styleClasses));
            if (!label.getStyleClass().equals(classes)) {
                label.getStyleClass().setAll(classes);
            }
            return label;
        }
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
