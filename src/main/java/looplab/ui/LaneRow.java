package looplab.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import looplab.trace.LoopState;
import looplab.ui.StageLanes.Lane;
import looplab.ui.StageLanes.LaneKind;

/**
 * One lane on the stage, kept for the whole run: its title, its cause (for a waiting lane), its tokens, and for
 * READY the LOOP BLOCKED banner. Its tokens' nodes belong to the stage ({@link TokenLayer}): the row's
 * {@link TokenFlow} only says where they go.
 */
final class LaneRow {
    /** Pseudo-classes, as the tokens' are: a style-class change would style the row again from nothing. */
    private static final javafx.css.PseudoClass NO_TOKENS = javafx.css.PseudoClass.getPseudoClass("no-tokens");
    private static final javafx.css.PseudoClass STACKED = javafx.css.PseudoClass.getPseudoClass("stacked");
    private final Label title = new Label();
    private final Label cause = new Label();
    private final Label more = new Label();
    private final Label empty = new Label("—");
    private final Label banner = new Label();
    private final TokenFlow flow;
    /** Title over cause, when the stage is too narrow for them side by side. */
    private final VBox labels = new VBox();
    private final HBox row;
    private final Node node;
    private final StageView stage;
    private Map<String, TokenNode> tokens = new HashMap<>();
    private boolean stacked;

    /** {@code kind} null: the "nothing waits" row. */
    LaneRow(LaneKind kind, StageView stage) {
        this.stage = stage;
        flow = new TokenFlow(stage::holdsToken, stage::em);
        title.getStyleClass().add("lane-title");
        cause.getStyleClass().add("lane-cause");
        more.getStyleClass().add("lane-more");
        empty.getStyleClass().add("lane-empty");
        HBox.setHgrow(flow, Priority.ALWAYS);
        labels.getStyleClass().add("lane-labels");
        row = new HBox(title, cause, flow);
        String name = kind == null ? "NOTHING_WAITS" : kind.name();
        row.getStyleClass().addAll("lane", "lane-" + name.toLowerCase().replace('_', '-'));
        row.setId("lane-" + name);
        if (kind == LaneKind.READY) {
            banner.setId("blockedBanner");
            banner.getStyleClass().add("blocked-banner");
            banner.setMaxWidth(Double.MAX_VALUE);
            banner.setWrapText(true); // on a narrow stage the warning takes two lines rather than losing its end
            VBox withBanner = new VBox(banner, row);
            withBanner.getStyleClass().add("blocked-ready");
            node = withBanner;
        } else {
            node = row;
        }
        showBanner(null);
    }

    Node node() {
        return node;
    }

    Map<String, TokenNode> tokens() {
        return tokens;
    }

    TokenFlow flow() {
        return flow;
    }

    /**
     * Puts the cause under the title instead of beside it: on a narrow stage the tokens keep the width, and a
     * lane grows a line taller only where it has both a title and a cause (the first WAITING lane).
     */
    void stackLabels(boolean stack) {
        if (stack == stacked) {
            return;
        }
        stacked = stack;
        // Stacked, the labels stand at the top of the lane, beside its first token: a lane of twelve tokens
        // would otherwise centre them below the part in view.
        row.pseudoClassStateChanged(STACKED, stack);
        if (stack) {
            labels.getChildren().setAll(title, cause);
            row.getChildren().setAll(labels, flow);
        } else {
            labels.getChildren().clear();
            row.getChildren().setAll(title, cause, flow);
        }
        showTitle();
    }

    /** Stacked, an empty title (a second WAITING cause) takes no line; beside the cause it keeps its column. */
    private void showTitle() {
        title.setManaged(!stacked || !title.getText().isEmpty());
    }

    /** Shows {@code lane} under {@code titleText}; {@code blocked} non-null puts up the LOOP BLOCKED banner. */
    Node show(String titleText, String causeText, Lane lane, LoopState.Blocked blocked) {
        title.setText(titleText);
        showTitle();
        cause.setText(causeText == null ? "" : causeText);
        cause.setVisible(causeText != null);
        cause.setManaged(causeText != null);
        Map<String, TokenNode> now = new HashMap<>();
        List<Node> wanted = new ArrayList<>();
        addTokens(lane.first(), lane.kind(), now, wanted);
        if (lane.hidden() > 0) {
            more.setText("… " + lane.hidden() + " more …");
            wanted.add(more);
        }
        addTokens(lane.last(), lane.kind(), now, wanted);
        if (lane.isEmpty() && causeText == null) {
            wanted.add(empty);
        }
        tokens = now;
        row.pseudoClassStateChanged(NO_TOKENS, lane.isEmpty());
        flow.setItems(wanted);
        showBanner(blocked);
        return node;
    }

    private void addTokens(List<StageLanes.Token> shown, LaneKind kind, Map<String, TokenNode> now, List<Node> wanted) {
        for (StageLanes.Token token : shown) {
            TokenNode tokenNode = stage.tokenNode(token.key());
            tokenNode.show(token, kind, token.isTask() && token.taskId() == stage.selectedTask());
            now.put(token.key(), tokenNode);
            wanted.add(tokenNode.node());
        }
    }

    private void showBanner(LoopState.Blocked blocked) {
        boolean isBlocked = blocked != null;
        banner.setVisible(isBlocked);
        banner.setManaged(isBlocked);
        if (isBlocked) {
            banner.setText("LOOP BLOCKED by line " + blocked.line() + " until " + StageLanes.seconds(blocked.until())
                    + ": nothing READY can run");
        }
        if (isBlocked != row.getStyleClass().contains("blocked")) {
            if (isBlocked) {
                row.getStyleClass().add("blocked");
            } else {
                row.getStyleClass().remove("blocked");
            }
        }
    }
}
