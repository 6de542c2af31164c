package looplab.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;

/** What the program printed up to now, each line with the virtual time it was printed; this step's lines lit. */
final class ConsoleView {
    private final ListView<ConsoleRows.Row> list = new ListView<>();

    ConsoleView() {
        list.setId("console");
        list.getStyleClass().add("console");
        list.setFocusTraversable(false);
        list.setPlaceholder(new Label("Nothing printed yet."));
        list.setCellFactory(view -> new RowCell());
    }

    Node view() {
        return list;
    }

    /** Rows have one fixed height: cheaper to lay out, and no glyph can make one row taller than the others. */
    void setZoom(double zoom) {
        list.setFixedCellSize(Math.round(28 * zoom));
    }

    void show(List<ConsoleRows.Row> rows) {
        if (rows.equals(list.getItems())) {
            return;
        }
        list.getItems().setAll(rows);
        int lastFresh = -1;
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).fresh()) {
                lastFresh = i;
                break;
            }
        }
        list.scrollTo(lastFresh >= 0 ? lastFresh : Math.max(0, rows.size() - 1));
    }

    List<ConsoleRows.Row> rows() {
        return List.copyOf(list.getItems());
    }

    private static final class RowCell extends ListCell<ConsoleRows.Row> {
        @Override
        protected void updateItem(ConsoleRows.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("fresh", "stderr");
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label time = new Label(row.time().isEmpty() ? "" : row.time());
            time.getStyleClass().add("console-time");
            Label text = new Label((row.stderr() ? "stderr │ " : "") + row.text());
            text.getStyleClass().add("console-text");
            Label marker = new Label(row.fresh() ? "»" : " ");
            marker.getStyleClass().add("console-marker");
            HBox line = new HBox(marker, time, text);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(line);
            setText(null);
            if (row.fresh()) {
                getStyleClass().add("fresh");
            }
            if (row.stderr()) {
                getStyleClass().add("stderr");
            }
        }
    }
}
