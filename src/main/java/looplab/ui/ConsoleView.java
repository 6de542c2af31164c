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

    /** Replaces only the rows after the first that differs: most steps print nothing or add a line at the end. */
    void show(List<ConsoleRows.Row> rows) {
        javafx.collections.ObservableList<ConsoleRows.Row> items = list.getItems();
        int same = 0;
        while (same < rows.size() && same < items.size() && items.get(same).equals(rows.get(same))) {
            same++;
        }
        if (same == rows.size() && same == items.size()) {
            return;
        }
        if (same < items.size()) {
            items.remove(same, items.size());
        }
        items.addAll(rows.subList(same, rows.size()));
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

    /**
     * One console line. Its labels are made once and only their texts change as the cell shows other rows: a step
     * re-shows every visible row, and new labels would each be styled from nothing.
     */
    private static final class RowCell extends ListCell<ConsoleRows.Row> {
        private final Label marker = label("console-marker");
        private final Label time = label("console-time");
        private final Label text = label("console-text");
        private final HBox line = new HBox(marker, time, text);

        RowCell() {
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setText(null);
        }

        private static Label label(String styleClass) {
            Label label = new Label();
            label.getStyleClass().add(styleClass);
            return label;
        }

        @Override
        protected void updateItem(ConsoleRows.Row row, boolean empty) {
            super.updateItem(row, empty);
            boolean shown = !empty && row != null;
            styleClass("fresh", shown && row.fresh());
            styleClass("stderr", shown && row.stderr());
            if (!shown) {
                setGraphic(null);
                return;
            }
            marker.setText(row.fresh() ? "»" : " ");
            time.setText(row.time());
            text.setText((row.stderr() ? "stderr │ " : "") + row.text());
            if (getGraphic() != line) {
                setGraphic(line);
            }
        }

        private void styleClass(String styleClass, boolean on) {
            if (on != getStyleClass().contains(styleClass)) {
                if (on) {
                    getStyleClass().add(styleClass);
                } else {
                    getStyleClass().remove(styleClass);
                }
            }
        }
    }
}
