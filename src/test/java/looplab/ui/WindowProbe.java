package looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import looplab.trace.LoopState;

/** What a window shows, read from its nodes, for tests that compare it with the model. Use on the FX thread (or through {@link #read}). */
final class WindowProbe {
    private WindowProbe() {
    }

    /** The stage shows exactly the lanes of the model's state: same clock, same tokens in the same lanes. */
    static void assertShowsTheModelsState(MainWindow window, String where) {
        LoopState state = window.model().state();
        assertEquals(StageLanes.seconds(state.clock()), window.clockText(), where);
        for (StageLanes.Lane lane : StageLanes.of(state, window.model().palette(), StageView.MAX_TOKENS_PER_LANE)) {
            List<String> expected = lane.shown().stream().map(t -> "token-" + t.key().replace(':', '-')).toList();
            Node row = window.root().lookup("#lane-" + lane.kind().name());
            assertEquals(expected, row == null ? List.of() : tokenIds(row),
                    where + ": " + lane.kind() + " at " + state.eventIndex());
        }
    }

    /** Everything the window shows about the current moment, as text, to compare two moments. */
    static String shownState(MainWindow window) {
        return String.join("\n", window.clockText(), String.join(",", tokenIds(window.root().lookup("#loopStage"))),
                String.join("|", texts(window.root().lookup("#loopStage"))), consoleText(window),
                ((Label) window.root().lookup("#positionLabel")).getText(), window.inspectorView().text());
    }

    static String consoleText(MainWindow window) {
        return String.join("\n", window.consoleView().rows().stream().map(r -> r.time() + " " + r.text()).toList());
    }

    /**
     * The ids of the tokens drawn inside {@code area} (a lane's row, or the whole stage), top to bottom and left to
     * right, as a student sees them: tokens live in the stage's token layer, so which lane holds one is where it is
     * drawn (its resting place, not where it is sliding through).
     */
    static List<String> tokenIds(Node area) {
        if (area == null) {
            return List.of();
        }
        Node top = area;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        ((Parent) top).applyCss();
        ((Parent) top).layout();
        Parent layer = (Parent) top.lookup("#tokenLayer");
        javafx.geometry.Bounds box = area.localToScene(area.getLayoutBounds());
        List<Node> inside = new ArrayList<>();
        for (Node token : layer.getChildrenUnmodifiable()) {
            if (token.getId() != null && token.getId().startsWith("token-") && token.getStyleClass().contains("token")
                    && box.contains(restingCentre(layer, token))) {
                inside.add(token);
            }
        }
        if (System.getProperty("probe.debug") != null) {
            System.err.println("AREA " + area.getId() + " " + box);
            for (Node token : layer.getChildrenUnmodifiable()) {
                System.err.println("  " + token.getId() + " " + restingCentre(layer, token) + " lb=" + token.getLayoutBounds());
            }
        }
        inside.sort(java.util.Comparator.comparingDouble((Node n) -> restingCentre(layer, n).getY())
                .thenComparingDouble(n -> restingCentre(layer, n).getX()));
        return inside.stream().map(Node::getId).toList();
    }

    private static javafx.geometry.Point2D restingCentre(Parent layer, Node token) {
        javafx.geometry.Bounds size = token.getLayoutBounds();
        return layer.localToScene(token.getLayoutX() + size.getWidth() / 2, token.getLayoutY() + size.getHeight() / 2);
    }

    /** What a label draws as its own text: its text, or the text cut to "…" (not its graphic's, if that is a label). */
    static String drawnText(javafx.scene.control.Label label) {
        return label.getChildrenUnmodifiable().stream().filter(javafx.scene.text.Text.class::isInstance)
                .map(text -> ((javafx.scene.text.Text) text).getText()).findFirst().orElse("");
    }

    static List<String> texts(Node node) {
        List<String> texts = new ArrayList<>();
        collect(node, n -> n instanceof Label, n -> texts.add(((Label) n).getText()));
        return texts;
    }

    /** The value of {@code query}, computed on the FX thread (an exception there fails the test). */
    static <T> T read(java.util.concurrent.Callable<T> query) {
        java.util.concurrent.atomic.AtomicReference<T> value = new java.util.concurrent.atomic.AtomicReference<>();
        org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            try {
                value.set(query.call());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        return value.get();
    }

    static void collect(Node node, Predicate<Node> keep, Consumer<Node> into) {
        if (node == null) {
            return;
        }
        if (keep.test(node)) {
            into.accept(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, keep, into);
            }
        }
    }
}
