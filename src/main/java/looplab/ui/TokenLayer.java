package looplab.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The stage's lanes with every token drawn over them. The tokens are this region's children, not their lanes', so
 * a token changes lane by moving, never by being re-parented ({@link TokenFlow} says why that matters). A layout
 * sizes the tokens, lays the lanes out (each lane's flow decides where its tokens go), then puts every token there.
 */
final class TokenLayer extends Region {
    private final VBox lanes;
    private final Supplier<List<TokenFlow>> shownFlows;

    /** @param shownFlows the flows of the lanes on the stage now */
    TokenLayer(VBox lanes, Supplier<List<TokenFlow>> shownFlows) {
        this.lanes = lanes;
        this.shownFlows = shownFlows;
        setId("tokenLayer");
        // Clicks on the lanes between tokens go to the lanes.
        setPickOnBounds(false);
        getChildren().add(lanes);
    }

    void add(Node token) {
        getChildren().add(token);
    }

    void remove(Node token) {
        getChildren().remove(token);
    }

    boolean holds(Node node) {
        return node != lanes && node.getParent() == this;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + lanes.minWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + lanes.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + lanes.prefHeight(inner) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        List<TokenFlow> flows = shownFlows.get();
        resizeTokens(flows);
        lanes.resizeRelocate(snappedLeftInset(), snappedTopInset(),
                getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
        lanes.layout();
        for (TokenFlow flow : flows) {
            for (TokenFlow.Placed placed : flow.placed()) {
                Point2D at = toThis(flow, placed.at());
                placed.token().relocate(at.getX(), at.getY());
                // The flow's width is settled now: a token wider than its lane takes the lane's width.
                Node token = placed.token();
                token.resize(snapSizeX(flow.tokenWidth(token)), token.getLayoutBounds().getHeight());
            }
        }
    }

    /**
     * Each token takes its preferred size (no wider than its lane); a flow holding a token whose size changed (new
     * text, another zoom) lays itself out again before the lanes are laid out below, so this one pass places
     * everything.
     */
    private void resizeTokens(List<TokenFlow> flows) {
        for (TokenFlow flow : flows) {
            boolean resized = false;
            for (Node item : flow.items()) {
                if (holds(item)) {
                    double width = snapSizeX(flow.tokenWidth(item));
                    double height = snapSizeY(item.prefHeight(-1));
                    resized |= item.getLayoutBounds().getWidth() != width || item.getLayoutBounds().getHeight() != height;
                    item.resize(width, height);
                }
            }
            if (resized) {
                flow.requestLayout();
            }
        }
    }

    private Point2D toThis(Node node, Point2D point) {
        Point2D at = point;
        Node from = node;
        while (from != this) {
            at = from.localToParent(at);
            Parent up = from.getParent();
            if (up == null) {
                return at; // not under this layer (yet): the next layout places it
            }
            from = up;
        }
        return at;
    }
}
