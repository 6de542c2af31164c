package looplab.ui;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The side column: the lesson, and the inspector on the tab beside it, in the lower half of the window beside the
 * timeline and the console. There the code and the stage keep the whole width (a guide's lines and a stage's
 * tokens need it at 1280 px), and a question with its choices and the Check button fit at 1280x800 without
 * scrolling. Hiding it gives its width back to the timeline and the console.
 */
final class SideColumn {
    enum Page { LESSON, INSPECTOR }

    private static final double DIVIDER = 0.6;
    private final TabPane tabs;
    private final SplitPane columns;
    private double divider = DIVIDER;

    /** {@code beside} takes the rest of the width: the timeline and the console. */
    SideColumn(Node beside, Node lesson, Node inspector) {
        Tab lessonTab = new Tab("Lesson", lesson);
        lessonTab.setId("lessonTab");
        Tab inspectorTab = new Tab("Inspector", inspector);
        inspectorTab.setId("inspectorTab");
        tabs = new TabPane(lessonTab, inspectorTab);
        tabs.setId("sideTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(0);
        columns = new SplitPane(beside, tabs);
        columns.setId("columns");
        columns.setDividerPositions(DIVIDER);
    }

    /** The columns: what is beside the side column, and the column while it is shown. */
    Node view() {
        return columns;
    }

    boolean isShown() {
        return columns.getItems().contains(tabs);
    }

    void setShown(boolean shown) {
        if (shown == isShown()) {
            return;
        }
        if (shown) {
            columns.getItems().add(tabs);
            columns.setDividerPositions(divider);
        } else {
            divider = columns.getDividerPositions()[0];
            columns.getItems().remove(tabs);
        }
    }

    /** Shows the column, open at {@code page}. */
    void show(Page page) {
        setShown(true);
        tabs.getSelectionModel().select(page.ordinal());
    }
}
