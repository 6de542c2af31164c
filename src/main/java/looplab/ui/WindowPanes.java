package looplab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import looplab.ui.WindowLayout.Arrangement;

/**
 * The window's panes, put where {@link WindowLayout} says they fit: code and stage side by side on top, and below
 * them the timeline over the console beside the side column (the Lesson and Inspector tabs); or, when the zoom
 * leaves no room for columns, those four as tabs of one pane; or, when even code and stage cannot share a row,
 * every pane a tab, one in view at a time. Hiding the side column takes the Lesson and Inspector away and gives
 * their room to the others.
 */
final class WindowPanes {
    enum Page { LESSON, INSPECTOR }

    private static final double HISTORY_DIVIDER = 0.56;
    private static final double COLUMNS_DIVIDER = 0.6;

    private final Node code;
    private final Node stage;
    private final Node timeline;
    private final Node console;
    private final Node codeHeader;
    /** The stage's and the console's headers say only their name: in a tab, whose label says it, they go. */
    private final Node stageHeader;
    private final Node consoleHeader;
    private final Tab codeTab = tab("codeTab", "Code");
    private final Tab stageTab = tab("stageTab", "The loop");
    private final Tab lessonTab = tab("lessonTab", "Lesson");
    private final Tab inspectorTab = tab("inspectorTab", "Inspector");
    private final Tab timelineTab = tab("timelineTab", "Timeline");
    private final Tab consoleTab = tab("consoleTab", "Console");
    private final SplitPane top = new SplitPane();
    private final SplitPane history = new SplitPane();
    private final SplitPane columns = new SplitPane();
    private final SplitPane body = new SplitPane();
    private final TabPane sideTabs = tabPane("sideTabs");
    private final TabPane tabs = tabPane("paneTabs");
    private final StackPane view = new StackPane();
    private Arrangement arrangement;
    private boolean sideShown = true;
    private boolean topHeaders = true;
    private Page page = Page.LESSON;
    private double columnsDivider = COLUMNS_DIVIDER;
    /** While tabs move, the tab panes' own selection changes are not the user's choice of page. */
    private boolean rearranging;
    /** What the dividers were last fitted to; they are fitted again only when it changes (a drag is kept). */
    private String fittedFor = "";

    WindowPanes(Node code, Node stage, Node timeline, Node console, Node lesson, Node inspector,
                Node codeHeader, Node stageHeader, Node consoleHeader) {
        this.code = code;
        this.stage = stage;
        this.timeline = timeline;
        this.console = console;
        this.codeHeader = codeHeader;
        this.stageHeader = stageHeader;
        this.consoleHeader = consoleHeader;
        lessonTab.setContent(lesson);
        inspectorTab.setContent(inspector);
        history.setOrientation(Orientation.VERTICAL);
        body.setOrientation(Orientation.VERTICAL);
        columns.setId("columns");
        body.setId("body");
        for (TabPane pane : List.of(sideTabs, tabs)) {
            pane.getSelectionModel().selectedItemProperty().addListener((seen, before, chosen) -> {
                if (rearranging) {
                    return;
                } else if (chosen == lessonTab) {
                    page = Page.LESSON;
                } else if (chosen == inspectorTab) {
                    page = Page.INSPECTOR;
                }
            });
        }
        arrange(Arrangement.COLUMNS);
    }

    Node view() {
        return view;
    }

    Arrangement arrangement() {
        return arrangement;
    }

    /** The arrangement and title rows for a window of this size (the whole scene) at this zoom. */
    void fitTo(double windowWidth, double windowHeight, double zoom) {
        if (windowWidth <= 0 || windowHeight <= 0) {
            return;
        }
        arrange(WindowLayout.arrangement(windowWidth, windowHeight, zoom));
        setTopHeadersShown(WindowLayout.showsTopHeaders(windowHeight, zoom));
    }

    /**
     * Places the dividers for the arrangement, the zoom and (zoomed) the program's lines, once for each of them:
     * at 100 % a teacher's drag survives opening another lesson, as it always did. Call in a layout pass, once
     * the panes have their size and before they lay out.
     */
    void fitShares(double zoom, String program) {
        double width = view.getWidth();
        double height = view.getHeight();
        String fitFor = arrangement + " " + zoom + (zoom > 1 ? " " + program.hashCode() : "");
        if (width <= 0 || height <= 0 || fitFor.equals(fittedFor)) {
            return;
        }
        fittedFor = fitFor;
        setShares(WindowLayout.codeShare(width, zoom, program.lines().toList()),
                WindowLayout.topShare(arrangement, height, zoom));
    }

    /** Puts the panes where {@code wanted} says; nothing is rebuilt when they are there already. */
    void arrange(Arrangement wanted) {
        if (wanted == arrangement) {
            return;
        }
        if (arrangement == Arrangement.COLUMNS && sideShown) {
            columnsDivider = columns.getDividerPositions()[0];
        }
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        rearranging = true;
        detachAll();
        arrangement = wanted;
        showHeaders();
        switch (wanted) {
            case COLUMNS -> view.getChildren().setAll(splitOf(body, splitOf(top, code, stage), columnsOf()));
            case LOWER_TABS -> view.getChildren().setAll(splitOf(body, splitOf(top, code, stage), tabsOf()));
            case ALL_TABS -> view.getChildren().setAll(tabsOf());
        }
        if (wanted != Arrangement.COLUMNS) {
            select(selected);
        }
        rearranging = false;
    }

    /**
     * The tabs' labels are drawn at the toolbar's zoom (up to 150 %): they are what the teacher clicks, and a row
     * of them at 300 % would take the room of two lines of code.
     */
    void setTabZoom(double chromeZoom) {
        String style = String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", WindowLayout.em(chromeZoom));
        for (Tab tab : List.of(codeTab, stageTab, lessonTab, inspectorTab, timelineTab, consoleTab)) {
            tab.setStyle(style);
        }
    }

    /** The dividers: the code's share of the top row and the top row's share of the height. */
    private void setShares(double codeShare, double topShare) {
        top.setDividerPositions(codeShare);
        body.setDividerPositions(topShare);
    }

    /** The code's share of the top row (NaN when code and stage are tabs). */
    double codeShare() {
        return arrangement == Arrangement.ALL_TABS ? Double.NaN : top.getDividerPositions()[0];
    }

    boolean isSideShown() {
        return sideShown;
    }

    void setSideShown(boolean shown) {
        if (shown == sideShown) {
            return;
        }
        if (arrangement == Arrangement.COLUMNS && !shown) {
            columnsDivider = columns.getDividerPositions()[0];
        }
        sideShown = shown;
        if (arrangement == Arrangement.COLUMNS) {
            columns.getItems().setAll(shown ? List.of(history, sideTabs) : List.of(history));
            if (shown) {
                columns.setDividerPositions(columnsDivider);
            }
        } else {
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            rearranging = true;
            tabs.getTabs().setAll(tabList());
            select(shown ? sideTab() : selected); // shown again: at the page it was on
            rearranging = false;
        }
    }

    /** Shows the side column, open at {@code shown}. */
    void show(Page shown) {
        setSideShown(true);
        page = shown;
        (arrangement == Arrangement.COLUMNS ? sideTabs : tabs).getSelectionModel().select(sideTab());
    }

    /** Which tab is in front when the panes are tabs ("" in columns), for tests. */
    String selectedTab() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return arrangement == Arrangement.COLUMNS || selected == null ? "" : selected.getText();
    }

    /** The tabs' labels in order, when the panes are tabs; for tests. */
    List<String> tabTitles() {
        return tabs.getTabs().stream().map(Tab::getText).toList();
    }

    /** Whether the code and the stage keep their title rows (a short window leaves them out). */
    private void setTopHeadersShown(boolean shown) {
        topHeaders = shown;
        showHeaders();
    }

    private void showHeaders() {
        showHeader(codeHeader, topHeaders);
        showHeader(stageHeader, topHeaders && arrangement != Arrangement.ALL_TABS);
        showHeader(consoleHeader, arrangement == Arrangement.COLUMNS);
    }

    private static void showHeader(Node header, boolean shown) {
        header.setVisible(shown);
        header.setManaged(shown);
    }

    private Tab sideTab() {
        return page == Page.LESSON ? lessonTab : inspectorTab;
    }

    private void detachAll() {
        for (SplitPane split : List.of(top, history, columns, body)) {
            split.getItems().clear();
        }
        for (TabPane pane : List.of(sideTabs, tabs)) {
            pane.getTabs().clear();
        }
        for (Tab tab : List.of(codeTab, stageTab, timelineTab, consoleTab)) {
            tab.setContent(null);
        }
    }

    private Node columnsOf() {
        splitOf(history, timeline, console).setDividerPositions(HISTORY_DIVIDER);
        sideTabs.getTabs().setAll(lessonTab, inspectorTab);
        sideTabs.getSelectionModel().select(sideTab());
        columns.getItems().setAll(sideShown ? List.of(history, sideTabs) : List.of(history));
        columns.setDividerPositions(columnsDivider);
        return columns;
    }

    private Node tabsOf() {
        if (arrangement == Arrangement.ALL_TABS) {
            codeTab.setContent(code);
            stageTab.setContent(stage);
        }
        timelineTab.setContent(timeline);
        consoleTab.setContent(console);
        tabs.getTabs().setAll(tabList());
        return tabs;
    }

    /** The lesson first below the code and stage: projected, it is what the class reads along with them. */
    private List<Tab> tabList() {
        List<Tab> list = new ArrayList<>();
        if (arrangement == Arrangement.ALL_TABS) {
            list.addAll(List.of(codeTab, stageTab));
        }
        if (sideShown) {
            list.add(lessonTab);
        }
        list.addAll(List.of(timelineTab, consoleTab));
        if (sideShown) {
            list.add(inspectorTab);
        }
        return list;
    }

    /**
     * Keeps the tab that was in front if it is still there; else, one pane at a time, the loop (it has the clock,
     * and its tokens say where each task is); else the side column's page.
     */
    private void select(Tab wanted) {
        Tab tab = wanted != null && tabs.getTabs().contains(wanted) ? wanted
                : arrangement == Arrangement.ALL_TABS ? stageTab
                : tabs.getTabs().contains(sideTab()) ? sideTab() : tabs.getTabs().get(0);
        tabs.getSelectionModel().select(tab);
    }

    private static SplitPane splitOf(SplitPane split, Node first, Node second) {
        split.getItems().setAll(first, second);
        return split;
    }

    private static Tab tab(String id, String text) {
        Tab tab = new Tab(text);
        tab.setId(id);
        return tab;
    }

    private static TabPane tabPane(String id) {
        TabPane pane = new TabPane();
        pane.setId(id);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pane.setMinWidth(0);
        pane.setMinHeight(0);
        return pane;
    }
}
