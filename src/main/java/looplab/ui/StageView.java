package looplab.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.animation.Animation;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import looplab.trace.LoopState;
import looplab.ui.StageLanes.Lane;
import looplab.ui.StageLanes.LaneKind;

/**
 * The loop as a stage: the clock, then one row per lane (RUNNING, READY, the WAITING causes, EXECUTOR, DONE,
 * CANCELLED) holding tokens. Position says state, colour and shape say identity, text says both. When a task
 * changes lane its token slides from where it was (150–400 ms, interrupted by the next step); nothing else moves.
 *
 * <p>Rows and tokens are kept between steps and only what changed is touched: a token that stays in its lane
 * keeps its node, so a step restyles a handful of nodes, not the whole stage.
 */
final class StageView {
    /** Beyond this, a lane shows its first and last tokens and a count. */
    static final int MAX_TOKENS_PER_LANE = 12;
    /**
     * Side by side, a lane's title and cause take 15 em and a timer's token 26 em: on a stage narrower than this,
     * each cause goes under its title and the tokens get the width.
     */
    static final double STACKED_LABELS_BELOW_EM = 40;

    private final VBox lanes = new VBox();
    private final Label clock = new Label();
    private final Label iteration = new Label();
    private final Label ended = new Label();
    private final HBox header;
    /** The clock stays above the lanes' scroll pane: scrolled down to DONE, the stage still says when it is. */
    private final ScrollPane lanesView;
    private final VBox content;
    private final Map<LaneKind, LaneRow> rows = new EnumMap<>(LaneKind.class);
    private final LaneRow nothingWaits = new LaneRow(null, this);
    /** The slide of the last step's tokens, if they changed lane and it has not been interrupted. */
    private TokenSlide slide;
    /** Set from a step until the layout pass that starts its slide (see {@link #slideAfterLayout}). */
    private Runnable pendingSlide;
    private Scene pendingSlideScene;
    private final TokenLayer tokenLayer = new TokenLayer(lanes, this::shownFlows);
    /**
     * The nodes of each token key on the stage, whichever lane they are in: a task changing lane keeps its node.
     * A key can be shown twice (a READY task whose timeout timer is still scheduled is also in the timers lane).
     */
    private Map<String, List<TokenNode>> tokenNodes = new HashMap<>();
    /** The nodes the lanes have taken so far in the {@link #show} under way. */
    private Map<String, List<TokenNode>> claimed = new HashMap<>();
    private double zoom = 1;
    private int maxTokensPerLane = MAX_TOKENS_PER_LANE;
    private LongConsumer onTaskSelected = taskId -> { };
    private long selectedTask = -1;

    StageView() {
        clock.setId("clockLabel");
        clock.getStyleClass().add("clock");
        clock.setMinWidth(Region.USE_PREF_SIZE); // the clock is never cut
        iteration.getStyleClass().add("iteration");
        // Short of room, "program ended" takes two lines rather than cut the iteration's number to "…".
        iteration.setMinWidth(Region.USE_PREF_SIZE);
        ended.getStyleClass().add("ended");
        ended.setWrapText(true);
        ended.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(clock, iteration, spacer, ended);
        header.getStyleClass().add("stage-header");
        header.setAlignment(Pos.BASELINE_LEFT);
        lanes.getStyleClass().add("lanes");
        lanesView = new ScrollPane(tokenLayer);
        lanesView.setFitToWidth(true);
        lanesView.getStyleClass().add("stage-scroll");
        // The lanes take the height their pane gives them and scroll beyond it. Left to compute, the scroll pane's
        // preferred height would be that of all its lanes, and the panes above ask for it at every layout pass:
        // each step would flow every token an extra few times to get a number nobody uses.
        lanesView.setPrefHeight(0);
        VBox.setVgrow(lanesView, Priority.ALWAYS);
        content = new VBox(header, lanesView);
        content.getStyleClass().add("loop-stage");
        content.setId("loopStage");
        content.setMinHeight(0);
        for (LaneKind kind : LaneKind.values()) {
            rows.put(kind, new LaneRow(kind, this));
        }
        lanesView.widthProperty().addListener((seen, before, width) -> fitLaneLabels());
    }

    Node view() {
        return content;
    }

    /** The stage as exported: the clock over all its lanes, scrolled out of view or not, without scroll bars. */
    List<Node> exportParts() {
        return List.of(header, tokenLayer);
    }

    static boolean stacksLaneLabels(double widthPx, double zoom) {
        return widthPx > 0 && widthPx < STACKED_LABELS_BELOW_EM * WindowLayout.em(zoom);
    }

    private void fitLaneLabels() {
        boolean stacked = stacksLaneLabels(lanesView.getWidth(), zoom);
        rows.values().forEach(row -> row.stackLabels(stacked));
        nothingWaits.stackLabels(stacked);
    }

    /** Whether the lanes put their causes under their titles now (for tests). */
    boolean lanesStacked() {
        return stacksLaneLabels(lanesView.getWidth(), zoom);
    }

    void onTaskSelected(LongConsumer listener) {
        onTaskSelected = listener;
    }

    void taskClicked(long taskId) {
        onTaskSelected.accept(taskId);
    }

    long selectedTask() {
        return selectedTask;
    }

    void select(long taskId) {
        selectedTask = taskId;
    }

    /**
     * The gaps follow the zoom; the lane labels stack by the stage's width in em, which the zoom changes as much as
     * a narrower window does.
     */
    void setZoom(double newZoom) {
        zoom = newZoom;
        rows.values().forEach(row -> row.flow().requestLayout());
        nothingWaits.flow().requestLayout();
        fitLaneLabels();
    }

    /** For measuring: how many tokens a lane shows before it collapses. */
    void setMaxTokensPerLane(int max) {
        maxTokensPerLane = max;
    }

    /** Draws {@code state}; tokens that changed lane slide for {@code motionMillis} (0: they jump). */
    void show(LoopState state, TaskPalette palette, int motionMillis) {
        clock.setText(StageLanes.seconds(state.clock()));
        iteration.setText(state.iteration() == 0 ? "before the loop" : "iteration " + state.iteration());
        ended.setText(state.ended() == null ? "" : endedText(state.ended()));
        Map<String, Point2D> before = positions();
        Map<String, LaneKind> lanesBefore = tokenLanes();
        Set<Node> wereSliding = slide == null ? Set.of() : slide.sliding();
        stopSliding();
        claimed = new HashMap<>();
        List<Node> shown = new ArrayList<>();
        boolean waitingTitled = false;
        for (Lane lane : StageLanes.of(state, palette, maxTokensPerLane)) {
            LaneKind kind = lane.kind();
            if (kind.isWaiting()) {
                if (!lane.isEmpty()) {
                    shown.add(rows.get(kind).show(waitingTitled ? "" : "WAITING", kind.title(), lane, null));
                    waitingTitled = true;
                }
                continue;
            }
            if (kind == LaneKind.EXECUTOR && lane.isEmpty()) {
                continue;
            }
            if ((kind == LaneKind.EXECUTOR || kind == LaneKind.DONE) && !waitingTitled) {
                shown.add(nothingWaits.show("WAITING", "nothing waits", lane.withNoTokens(), null));
                waitingTitled = true;
            }
            shown.add(rows.get(kind).show(kind.title(), null, lane, kind == LaneKind.READY ? state.blocked() : null));
        }
        Children.place(lanes.getChildren(), shown);
        forgetTokensNotShown();
        if (motionMillis > 0 && !before.isEmpty()) {
            slideAfterLayout(before, lanesBefore, wereSliding, motionMillis);
        }
    }

    /**
     * A node to show the token of {@code key} in: the one it had if it was on the stage at the last step (the first
     * lane to ask gets it, so the token slides there), else a new one.
     */
    TokenNode tokenNode(String key) {
        List<TokenNode> before = tokenNodes.getOrDefault(key, List.of());
        List<TokenNode> now = claimed.computeIfAbsent(key, k -> new ArrayList<>(1));
        TokenNode token;
        if (now.size() < before.size()) {
            token = before.get(now.size());
        } else {
            token = new TokenNode(this);
            tokenLayer.add(token.node());
        }
        now.add(token);
        return token;
    }

    boolean holdsToken(Node node) {
        return tokenLayer.holds(node);
    }

    /** The stage's font size in pixels, for gaps given in em. */
    double em() {
        return WindowLayout.em(zoom);
    }

    private List<TokenFlow> shownFlows() {
        List<TokenFlow> flows = new ArrayList<>();
        for (LaneRow row : rows.values()) {
            if (row.node().getParent() != null) {
                flows.add(row.flow());
            }
        }
        if (nothingWaits.node().getParent() != null) {
            flows.add(nothingWaits.flow());
        }
        return flows;
    }

    /** Tokens that no lane took at this step leave the stage. */
    private void forgetTokensNotShown() {
        tokenNodes.forEach((key, nodes) -> {
            List<TokenNode> kept = claimed.getOrDefault(key, List.of());
            for (int i = kept.size(); i < nodes.size(); i++) {
                tokenLayer.remove(nodes.get(i).node());
            }
        });
        tokenNodes = claimed;
    }

    private static String endedText(LoopState.Ended end) {
        return end.exitCode() == 0 ? "program ended" : "program ended: exit " + end.exitCode()
                + (end.message() == null ? "" : " · " + end.message());
    }

    private Map<String, Node> tokenNodes() {
        Map<String, Node> nodes = new HashMap<>();
        for (LaneRow row : rows.values()) {
            if (row.node().getParent() != null) {
                row.tokens().forEach((key, token) -> nodes.put(key, token.node()));
            }
        }
        return nodes;
    }

    private Map<String, LaneKind> tokenLanes() {
        Map<String, LaneKind> lanesByKey = new HashMap<>();
        rows.forEach((kind, row) -> {
            if (row.node().getParent() != null) {
                row.tokens().keySet().forEach(key -> lanesByKey.put(key, kind));
            }
        });
        return lanesByKey;
    }

    /** Where each token is drawn now, mid-slide or not: a slide that is interrupted goes on from there. */
    private Map<String, Point2D> positions() {
        Map<String, Point2D> positions = new HashMap<>();
        tokenNodes().forEach((key, node) -> {
            if (node.getScene() != null) {
                Bounds bounds = node.localToScene(node.getBoundsInLocal());
                positions.put(key, new Point2D(bounds.getMinX(), bounds.getMinY()));
            }
        });
        return positions;
    }

    /**
     * Slides each token that changed lane from its old place to its new one, which the next layout pass decides: the
     * slide starts right after that pass, in the same pulse, before anything is drawn. (Laying the stage out here to
     * learn the new places would cost a second CSS and layout pass per step, and {@code applyCss} restyles every
     * token under the node it is called on.)
     */
    private void slideAfterLayout(Map<String, Point2D> before, Map<String, LaneKind> lanesBefore,
                                  Set<Node> wereSliding, int motionMillis) {
        Scene scene = content.getScene();
        if (scene == null) {
            return;
        }
        Runnable start = () -> {
            cancelPendingSlide(); // a listener for this pulse only
            slide(before, lanesBefore, wereSliding, motionMillis);
        };
        pendingSlide = start;
        pendingSlideScene = scene;
        scene.addPostLayoutPulseListener(start);
        Platform.requestNextPulse();
    }

    /**
     * Slides the tokens that changed lane, and those whose last slide this step interrupted (from where they were
     * drawn, on to their place now); a token that stays in its lane otherwise takes its new place at once.
     */
    private void slide(Map<String, Point2D> before, Map<String, LaneKind> lanesBefore, Set<Node> wereSliding,
                       int motionMillis) {
        Map<String, LaneKind> lanesNow = tokenLanes();
        TokenSlide motion = new TokenSlide(motionMillis);
        tokenNodes().forEach((key, node) -> {
            Point2D from = before.get(key);
            boolean moves = lanesBefore.get(key) != lanesNow.get(key) || wereSliding.contains(node);
            if (from == null || !moves || node.getScene() == null) {
                return;
            }
            Bounds now = node.localToScene(node.getBoundsInLocal());
            motion.add(node, new Point2D(from.getX() - now.getMinX(), from.getY() - now.getMinY()));
        });
        if (!motion.isEmpty()) {
            slide = motion;
            motion.playFromStart();
        }
    }

    private void cancelPendingSlide() {
        if (pendingSlide != null) {
            pendingSlideScene.removePostLayoutPulseListener(pendingSlide);
            pendingSlide = null;
            pendingSlideScene = null;
        }
    }

    private void stopSliding() {
        cancelPendingSlide();
        if (slide != null) {
            slide.settle();
            slide = null;
        }
    }

    /** The last step's slide, or null when no token changed lane (for tests). */
    TokenSlide slide() {
        return slide;
    }

    /** Whether a token is sliding now, or will from the next pulse (for tests). */
    boolean isMoving() {
        return pendingSlide != null || slide != null && slide.getStatus() == Animation.Status.RUNNING;
    }
}
