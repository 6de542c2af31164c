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

/** What a window shows, read from its nodes, for tests that compare it with the model. Use on the FX thread. */
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

    static List<String> tokenIds(Node node) {
        List<String> ids = new ArrayList<>();
        collect(node, n -> n.getId() != null && n.getId().startsWith("token-") && n.getStyleClass().contains("token"),
                n -> ids.add(n.getId()));
        return ids;
    }

    static List<String> texts(Node node) {
        List<String> texts = new ArrayList<>();
        collect(node, n -> n instanceof Label, n -> texts.add(((Label) n).getText()));
        return texts;
    }

    private static void collect(Node node, Predicate<Node> keep, Consumer<Node> into) {
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
