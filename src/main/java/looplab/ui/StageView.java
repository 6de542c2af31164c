package looplab.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.animation.TranslateTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import looplab.trace.LoopState;
import looplab.ui.StageLanes.Lane;
import looplab.ui.StageLanes.LaneKind;
import looplab.ui.StageLanes.Token;

/**
 * The loop as a stage: the clock, then one row per lane (RUNNING, READY, the WAITING causes, EXECUTOR, DONE,
 * CANCELLED) holding tokens. Position says state, colour and shape say identity, text says both. When a task
 * changes lane its token slides from where it was (150–400 ms, interrupted by the next step); nothing else moves.
 */
final class StageView {
    /** Beyond this, a lane shows its first and last tokens and a count. */
    static final int MAX_TOKENS_PER_LANE = 12;

    private final VBox lanes = new VBox();
    private final Label clock = new Label();
    private final Label iteration = new Label();
    private final Label ended = new Label();
    private final VBox content;
    private final ScrollPane view;
    private final Map<String, Node> tokenNodes = new HashMap<>();
    private final Map<String, LaneKind> tokenLanes = new HashMap<>();
    private final List<TranslateTransition> motions = new ArrayList<>();
    private LongConsumer onTaskSelected = taskId -> { };
    private long selectedTask = -1;

    StageView() {
        clock.setId("clockLabel");
        clock.getStyleClass().add("clock");
        iteration.getStyleClass().add("iteration");
        ended.getStyleClass().add("ended");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(clock, iteration, spacer, ended);
        header.getStyleClass().add("stage-header");
        header.setAlignment(Pos.BASELINE_LEFT);
        lanes.getStyleClass().add("lanes");
        content = new VBox(header, lanes);
        content.getStyleClass().add("loop-stage");
        content.setId("loopStage");
        view = new ScrollPane(content);
        view.setFitToWidth(true);
        view.getStyleClass().add("stage-scroll");
    }

    Node view() {
        return view;
    }

    /** The stage without its scroll bars, for export. */
    Node content() {
        return content;
    }

    void onTaskSelected(LongConsumer listener) {
        onTaskSelected = listener;
    }

    void select(long taskId) {
        selectedTask = taskId;
    }

    /** Draws {@code state}; tokens that changed lane slide for {@code motionMillis} (0: they jump). */
    void show(LoopState state, TaskPalette palette, int motionMillis) {
        Map<String, Point2D> before = positionsBefore();
        Map<String, LaneKind> lanesBefore = new HashMap<>(tokenLanes);
        stopMotions();
        clock.setText(StageLanes.seconds(state.clock()));
        iteration.setText(state.iteration() == 0 ? "before the loop" : "iteration " + state.iteration());
        ended.setText(state.ended() == null ? "" : endedText(state.ended()));
        tokenNodes.clear();
        tokenLanes.clear();
        List<Node> rows = new ArrayList<>();
        List<Lane> all = StageLanes.of(state, palette, MAX_TOKENS_PER_LANE);
        boolean waitingTitled = false;
        for (Lane lane : all) {
            if (lane.kind().isWaiting()) {
                if (lane.isEmpty()) {
                    continue;
                }
                rows.add(row(waitingTitled ? "" : "WAITING", lane.kind().title(), lane));
                waitingTitled = true;
            } else {
                if (lane.kind() == LaneKind.EXECUTOR && lane.isEmpty()) {
                    continue;
                }
                if (lane.kind() == LaneKind.EXECUTOR && !waitingTitled) {
                    rows.add(emptyWaiting());
                    waitingTitled = true;
                }
                Node row = row(lane.kind().title(), null, lane);
                rows.add(lane.kind() == LaneKind.READY ? withBlockedBanner(row, state) : row);
            }
        }
        if (!waitingTitled) {
            rows.add(rows.size() - 2, emptyWaiting());
        }
        lanes.getChildren().setAll(rows);
        if (motionMillis > 0 && !before.isEmpty()) {
            animate(before, lanesBefore, motionMillis);
        }
    }

    private static String endedText(LoopState.Ended end) {
        return end.exitCode() == 0 ? "program ended" : "program ended: exit " + end.exitCode()
                + (end.message() == null ? "" : " · " + end.message());
    }

    private Node emptyWaiting() {
        Lane none = new Lane(LaneKind.TIMERS, List.of(), List.of(), 0);
        return row("WAITING", "nothing waits", none);
    }

    private Node row(String title, String cause, Lane lane) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add("lane-title");
        FlowPane tokens = new FlowPane();
        tokens.getStyleClass().add("lane-tokens");
        if (cause != null) {
            Label causeLabel = new Label(cause);
            causeLabel.getStyleClass().add("lane-cause");
            tokens.getChildren().add(causeLabel);
        }
        for (Token token : lane.first()) {
            tokens.getChildren().add(token(token, lane.kind()));
        }
        if (lane.hidden() > 0) {
            Label more = new Label("… " + lane.hidden() + " more …");
            more.getStyleClass().add("lane-more");
            tokens.getChildren().add(more);
        }
        for (Token token : lane.last()) {
            tokens.getChildren().add(token(token, lane.kind()));
        }
        if (lane.isEmpty() && cause == null) {
            Label empty = new Label("—");
            empty.getStyleClass().add("lane-empty");
            tokens.getChildren().add(empty);
        }
        HBox.setHgrow(tokens, Priority.ALWAYS);
        HBox row = new HBox(titleLabel, tokens);
        row.getStyleClass().addAll("lane", "lane-" + lane.kind().name().toLowerCase().replace('_', '-'));
        row.setId("lane-" + lane.kind().name());
        return row;
    }

    private Node withBlockedBanner(Node readyRow, LoopState state) {
        if (!state.isLoopBlocked()) {
            return readyRow;
        }
        LoopState.Blocked blocked = state.blocked();
        Label banner = new Label("LOOP BLOCKED by line " + blocked.line() + " until " + StageLanes.seconds(blocked.until())
                + ": nothing READY can run");
        banner.setId("blockedBanner");
        banner.getStyleClass().add("blocked-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        readyRow.getStyleClass().add("blocked");
        VBox blockedReady = new VBox(banner, readyRow);
        blockedReady.getStyleClass().add("blocked-ready");
        return blockedReady;
    }

    private Node token(Token token, LaneKind lane) {
        Label shape = new Label(token.shape());
        shape.getStyleClass().add("token-shape");
        Label name = new Label(token.name());
        name.getStyleClass().add("token-name");
        Label detail = new Label(token.detail());
        detail.getStyleClass().add("token-detail");
        HBox node = new HBox(shape, name, detail);
        node.getStyleClass().add("token");
        node.setStyle("-task-colour: " + token.colour() + ";");
        if (lane == LaneKind.RUNNING) {
            node.getStyleClass().add("running");
        }
        if (token.isTask() && token.taskId() == selectedTask) {
            node.getStyleClass().add("selected");
        }
        node.setId("token-" + token.key().replace(':', '-'));
        Tooltip.install(node, new Tooltip(token.name() + " · " + lane.title() + (token.detail().isEmpty() ? "" : "\n" + token.detail())));
        if (token.isTask()) {
            node.setOnMouseClicked(event -> onTaskSelected.accept(token.taskId()));
        }
        tokenNodes.put(token.key(), node);
        tokenLanes.put(token.key(), lane);
        return node;
    }

    private Map<String, Point2D> positionsBefore() {
        Map<String, Point2D> positions = new HashMap<>();
        tokenNodes.forEach((key, node) -> {
            if (node.getScene() != null) {
                Bounds bounds = node.localToScene(node.getBoundsInLocal());
                positions.put(key, new Point2D(bounds.getMinX() - node.getTranslateX(), bounds.getMinY() - node.getTranslateY()));
            }
        });
        return positions;
    }

    /** Slides each token that changed lane from its old place; the layout is settled first so "new" is known. */
    private void animate(Map<String, Point2D> before, Map<String, LaneKind> lanesBefore, int motionMillis) {
        content.applyCss();
        content.layout();
        tokenNodes.forEach((key, node) -> {
            Point2D from = before.get(key);
            if (from == null || lanesBefore.get(key) == tokenLanes.get(key) || node.getScene() == null) {
                return;
            }
            Bounds now = node.localToScene(node.getBoundsInLocal());
            TranslateTransition motion = new TranslateTransition(Duration.millis(motionMillis), node);
            motion.setFromX(from.getX() - now.getMinX());
            motion.setFromY(from.getY() - now.getMinY());
            motion.setToX(0);
            motion.setToY(0);
            motions.add(motion);
            motion.play();
        });
    }

    private void stopMotions() {
        for (TranslateTransition motion : motions) {
            motion.stop();
            motion.getNode().setTranslateX(0);
            motion.getNode().setTranslateY(0);
        }
        motions.clear();
    }

    /** Whether a token is sliding now (for tests and the fps figure). */
    boolean isMoving() {
        return motions.stream().anyMatch(m -> m.getStatus() == javafx.animation.Animation.Status.RUNNING);
    }
}
