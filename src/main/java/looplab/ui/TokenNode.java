package looplab.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import looplab.ui.StageLanes.LaneKind;

/**
 * One token: shape, name and what it is doing, on a background edged in the task's colour. Made of Text nodes
 * (a Label is a control with a skin, several times dearer to style and lay out, and a step may move 200 tokens);
 * its texts are updated in place as the task moves on.
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
    /** On a narrow lane the detail is the part that gives way, ending in "…" (the name never does). */
    private final Text detail = new Text();
    private final Box box = new Box();
    /** The detail as it would be shown with room enough; {@link #detail} may show less of it. */
    private String detailText = "";
    /** Made on the first hover: a Tooltip is a popup window with its own scene, the dearest part of a token. */
    private Tooltip tooltip;
    private String tooltipText = "";
    private StageLanes.Token shown;
    private LaneKind shownLane;
    private boolean shownSelected;

    TokenNode(StageView stage) {
        shape.getStyleClass().add("token-shape");
        name.getStyleClass().add("token-name");
        detail.getStyleClass().add("token-detail");
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

    void show(StageLanes.Token token, LaneKind lane, boolean selected) {
        if (token.equals(shown) && lane == shownLane && selected == shownSelected) {
            return;
        }
        if (shown == null || !token.colour().equals(shown.colour())) {
            box.setStyle("-task-colour: " + token.colour() + ";");
        }
        shape.setText(token.shape());
        name.setText(token.name());
        detailText = cut(token.detail(), MAX_DETAIL_CHARS);
        detail.setText(detailText);
        box.requestLayout();
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
    }

    private void installTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip(tooltipText);
            Tooltip.install(box, tooltip);
        }
    }

    /**
     * The token's row: its preferred width is that of the whole detail, its minimum that of the shape, the name and
     * "…"; given less than it prefers, the detail is shortened to what fits, ending in "…".
     */
    private final class Box extends HBox {
        private double fittedWidth = -1;
        private String fittedText;

        Box() {
            super(shape, name, detail);
        }

        private double fixedWidth() {
            return snappedLeftInset() + snappedRightInset() + shape.prefWidth(-1) + name.prefWidth(-1)
                    + 2 * snapSpaceX(getSpacing());
        }

        @Override
        protected double computePrefWidth(double height) {
            return fixedWidth() + textWidth(detailText);
        }

        @Override
        protected double computeMinWidth(double height) {
            return fixedWidth() + (detailText.isEmpty() ? 0 : snapSizeX(ellipsisWidth()));
        }

        @Override
        protected void layoutChildren() {
            double room = getWidth() - fixedWidth();
            if (room != fittedWidth || !detailText.equals(fittedText)) {
                fittedWidth = room;
                fittedText = detailText;
                detail.setText(fitted(detailText, room));
            }
            super.layoutChildren();
        }

        /**
         * The longest start of {@code text} that fits {@code room} with "…" after it (the whole text if it fits).
         * Characters are about equally wide, so the search starts where the whole text's width says the cut falls
         * and walks from there: two or three measures, where halving the text would take six (a step that moves 200
         * tokens into a narrow lane measures each of them).
         */
        private String fitted(String text, double room) {
            double whole = textWidth(text);
            if (whole <= room + 0.5) {
                return text;
            }
            int guess = (int) (text.length() * Math.max(0, room - ellipsisWidth()) / whole);
            int fits = Math.max(0, Math.min(text.length() - 1, guess));
            if (fitsWithEllipsis(text, fits, room)) {
                while (fits + 1 < text.length() && fitsWithEllipsis(text, fits + 1, room)) {
                    fits++;
                }
            } else {
                do {
                    fits--;
                } while (fits > 0 && !fitsWithEllipsis(text, fits, room));
            }
            return fits <= 0 ? "…" : text.substring(0, fits).stripTrailing() + "…";
        }

        private boolean fitsWithEllipsis(String text, int chars, double room) {
            return textWidth(text.substring(0, chars) + "…") <= room + 0.5;
        }

        private double textWidth(String text) {
            if (text.equals(detail.getText())) {
                return snapSizeX(detail.prefWidth(-1)); // the detail's own layout, already made: no second measure
            }
            return snapSizeX(measure(text, detail.getFont()));
        }

        /** "…" in the detail's font, measured once per font: every token's minimum width has it. */
        private double ellipsisWidth() {
            if (!detail.getFont().equals(ellipsisFont)) {
                ellipsisFont = detail.getFont();
                ellipsisWidth = measure("…", ellipsisFont);
            }
            return ellipsisWidth;
        }
    }

    private static Font ellipsisFont;
    private static double ellipsisWidth;

    private static double measure(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** Measures texts in the detail's font (on the FX thread only, as every node here). */
    private static final Text MEASURE = new Text();

    static String cut(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, Math.max(1, maxChars - 1)) + "…";
    }
}
