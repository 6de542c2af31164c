package looplab.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import looplab.trace.LoopState;
import looplab.trace.LoopState.TaskInfo;

/**
 * Why is this task where it is: its state, what it awaits, its line, its result or exception, the cancellation
 * requests it received. Shows the selected task, or the running one when none is selected.
 */
final class InspectorView {
    private final Label title = new Label();
    private final GridPane facts = new GridPane();
    private final VBox content = new VBox(title, facts);

    InspectorView() {
        content.setId("inspector");
        content.getStyleClass().add("inspector");
        title.getStyleClass().add("inspector-title");
        facts.setHgap(14);
        facts.setVgap(4);
        content.setPadding(new Insets(8, 12, 8, 12));
    }

    Node view() {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    String text() {
        StringBuilder text = new StringBuilder(title.getText());
        facts.getChildren().forEach(node -> text.append('\n').append(((Label) node).getText()));
        return text.toString();
    }

    void show(LoopState state, long selectedTask, TaskPalette palette) {
        facts.getChildren().clear();
        long taskId = selectedTask >= 0 && state.task(selectedTask) != null ? selectedTask
                : state.running() != null && state.running().isTaskStep() ? state.running().taskId() : -1;
        TaskInfo task = taskId < 0 ? null : state.task(taskId);
        if (task == null) {
            title.setText("Click a task on the stage to inspect it.");
            title.setStyle("");
            return;
        }
        title.setText(palette.shape(taskId) + " " + task.name() + "  " + task.coroutine());
        title.setStyle("-task-colour: " + palette.colour(taskId) + ";");
        int row = 0;
        row = fact(row, "state", task.state().name());
        if (task.awaiting() != null) {
            row = fact(row, "awaits", StageLanes.reasonText(task.awaiting()));
        }
        row = fact(row, "line", task.line() == 0 ? "not started" : Integer.toString(task.line()));
        TaskInfo parent = state.task(task.parentTaskId());
        row = fact(row, "created by", parent == null ? "module level" : parent.name());
        if (task.raising() != null) {
            row = fact(row, "raising", task.raising());
        }
        if (task.cancelRequests() > 0) {
            row = fact(row, "cancel()", task.cancelRequests() + (task.cancelRequests() == 1 ? " request" : " requests"));
        }
        if (task.outcome() != null) {
            row = fact(row, switch (task.outcome()) {
                case RESULT -> "result";
                case EXCEPTION -> "exception";
                case CANCELLED -> "cancelled";
            }, task.outcomeText());
        }
        fact(row, "locals", "not recorded in the trace");
    }

    private int fact(int row, String name, String value) {
        Label key = new Label(name);
        key.getStyleClass().add("fact-name");
        Label text = new Label(value);
        text.getStyleClass().add("fact-value");
        text.setWrapText(true);
        facts.addRow(row, key, text);
        return row + 1;
    }
}
