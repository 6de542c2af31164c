package looplab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A lane's tokens, left to right and wrapping, as a {@code FlowPane} lays them out, except that the token nodes
 * are not its children: they belong to the stage's {@link TokenLayer}, which puts each one where this flow says.
 * A task that changes lane therefore keeps its node where it is in the scene graph; a node moved to another parent
 * is styled again from nothing, which was most of a step's cost when many tokens moved at once. The lane's own
 * labels ("… 3 more …", "—") are ordinary children.
 */
final class TokenFlow extends Region {
    private static final double HGAP_EM = 0.4;
    private static final double VGAP_EM = 0.3;

    private final Predicate<Node> isToken;
    private final DoubleSupplier em;
    private List<Node> items = List.of();
    /** Where each token of {@link #items} goes, in this flow's coordinates, as of the last layout. */
    private final List<Placed> placed = new ArrayList<>();

    record Placed(Node token, Point2D at) {
    }

    /**
     * @param isToken tells the token layer's nodes from the flow's own labels
     * @param em      the stage's font size in pixels, which the gaps follow (they are 0.4 and 0.3 em, as in CSS)
     */
    TokenFlow(Predicate<Node> isToken, DoubleSupplier em) {
        this.isToken = isToken;
        this.em = em;
        getStyleClass().add("lane-tokens");
    }

    /**
     * Shows {@code wanted}, in order; the tokens among them must already be in the token layer. Lays out again even
     * when they are the same nodes: their texts may have changed, and with them their sizes.
     */
    void setItems(List<Node> wanted) {
        if (!wanted.equals(items)) {
            items = List.copyOf(wanted);
            Children.place(getChildren(), items.stream().filter(isToken.negate()).toList());
        }
        requestLayout();
    }

    List<Node> items() {
        return items;
    }

    /**
     * The tokens and their places for this flow's current width. Computed afresh, not kept from the flow's last
     * layout: a flow that JavaFX did not need to lay out again still has to tell where its tokens go now.
     */
    List<Placed> placed() {
        arrange(getWidth() - snappedLeftInset() - snappedRightInset(), true);
        return placed;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** As narrow as its narrowest-possible token: a token may shorten its detail, so a narrow lane need not cut it. */
    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node item : items) {
            widest = Math.max(widest, isToken.test(item) ? item.minWidth(-1) : item.prefWidth(-1));
        }
        return snappedLeftInset() + widest + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double widest = 0;
        for (Node item : items) {
            widest = Math.max(widest, item.prefWidth(-1));
        }
        return snappedLeftInset() + widest + snappedRightInset();
    }

    /** The width {@code token} gets in this flow as it is laid out now (the token layer sizes it so). */
    double tokenWidth(Node token) {
        return widthOf(token, getWidth() - snappedLeftInset() - snappedRightInset());
    }

    /**
     * An item's preferred width, except that a token wider than the lane gets the lane's width (never less than its
     * minimum): then its detail gives way and ends in "…", and its name stays whole.
     */
    private double widthOf(Node item, double available) {
        double preferred = item.prefWidth(-1);
        if (!isToken.test(item) || available <= 0 || preferred <= available) {
            return preferred;
        }
        return Math.max(item.minWidth(-1), available);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double available = width < 0 ? Double.MAX_VALUE : width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + arrange(available, false) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        arrange(getWidth() - snappedLeftInset() - snappedRightInset(), true);
    }

    /**
     * Lays the items out in rows no wider than {@code available} (an item wider than that gets a row of its own),
     * each vertically centred in its row; returns the height used. With {@code place}, the own labels are moved
     * and {@link #placed} records where the tokens go.
     */
    private double arrange(double available, boolean place) {
        double hgap = HGAP_EM * em.getAsDouble();
        double vgap = VGAP_EM * em.getAsDouble();
        if (place) {
            placed.clear();
        }
        double y = 0;
        int rowStart = 0;
        while (rowStart < items.size()) {
            double rowWidth = 0;
            double rowHeight = 0;
            int rowEnd = rowStart;
            while (rowEnd < items.size()) {
                double width = widthOf(items.get(rowEnd), available);
                double widthWith = rowEnd == rowStart ? width : rowWidth + hgap + width;
                if (rowEnd > rowStart && widthWith > available) {
                    break;
                }
                rowWidth = widthWith;
                rowHeight = Math.max(rowHeight, items.get(rowEnd).prefHeight(-1));
                rowEnd++;
            }
            if (place) {
                placeRow(rowStart, rowEnd, y, rowHeight, hgap, available);
            }
            y += rowHeight + (rowEnd < items.size() ? vgap : 0);
            rowStart = rowEnd;
        }
        return y;
    }

    private void placeRow(int from, int to, double top, double rowHeight, double hgap, double available) {
        double x = snappedLeftInset();
        for (int i = from; i < to; i++) {
            Node item = items.get(i);
            double width = widthOf(item, available);
            double height = item.prefHeight(-1);
            double y = snappedTopInset() + top + (rowHeight - height) / 2;
            if (isToken.test(item)) {
                placed.add(new Placed(item, new Point2D(snapPositionX(x), snapPositionY(y))));
            } else {
                item.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(width), snapSizeY(height));
            }
            x += width + hgap;
        }
    }
}
