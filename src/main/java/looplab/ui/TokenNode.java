package looplab.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import looplab.ui.StageLanes.LaneKind;

/**
 * One token: shape, name and what it is doing, on a background edged in the task's colour. Shape and name are
 * Text nodes (cheaper to style than Labels); its texts are updated in place as the task moves on.
 */
final class TokenNode {
    /**
     * Long details (a coroutine with a URL argument) are cut to this; a lane too narrow for the rest shortens them
     * further, ending in "…" (see {@link #detail}); the tooltip has them whole.
     */
    static final int MAX_DETAIL_CHARS = 46;
    /**
     * Pseudo-classes, not style classes: a style class change makes JavaFX style the node again from nothing, and
     * the running token changes at every step.
     */
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Text shape = new Text();
    private final Text name = new Text();
    /** A Label, not a Text: on a narrow lane it is the part that gives way, ending in "…" (the name never does). */
    private final Label detail = new Label();
    private final HBox box = new HBox(shape, name, detail);
    /** Made on the first hover: a Tooltip is a popup window with its own scene, the dearest part of a token. */
    private Tooltip tooltip;
    private String tooltipText = "";
    private StageLanes.Token shown;
    private LaneKind shownLane;
    private boolean shownSelected;
    private int shownMaxChars;

    TokenNode(StageView stage) {
        shape.getStyleClass().add("token-shape");
        name.getStyleClass().add("token-name");
        detail.getStyleClass().add("token-detail");
        detail.setEllipsisString("…");
        box.getStyleClass().add("token");
        box.setOnMouseEntered(event -> installTooltip());
        box.setOnMouseClicked(event -> {
            if (shown != null && shown.isTask()) {
                stage.taskClicked(shown.taskId());
            }
        });
    }

    Node node() {
        return box;
    }

    void show(StageLanes.Token token, LaneKind lane, boolean selected, int maxChars) {
        if (token.equals(shown) && lane == shownLane && selected == shownSelected && maxChars == shownMaxChars) {
            return;
        }
        if (shown == null || !token.colour().equals(shown.colour())) {
            box.setStyle("-task-colour: " + token.colour() + ";");
        }
        shape.setText(token.shape());
        name.setText(token.name());
        detail.setText(cut(token.detail(), maxChars));
        tooltipText = token.name() + " · " + lane.title() + (token.detail().isEmpty() ? "" : "\n" + token.detail());
        if (tooltip != null) {
            tooltip.setText(tooltipText);
        }
        box.setId("token-" + token.key().replace(':', '-'));
        box.pseudoClassStateChanged(RUNNING, lane == LaneKind.RUNNING);
        box.pseudoClassStateChanged(SELECTED, selected);
        shown = token;
        shownLane = lane;
        shownSelected = selected;
        shownMaxChars = maxChars;
    }

    private void installTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip(tooltipText);
            Tooltip.install(box, tooltip);
        }
    }

    static String cut(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, Math.max(1, maxChars - 1)) + "…";
    }
}
