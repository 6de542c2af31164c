package looplab.ui;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;

/** Keeping a parent's children up to date without styling them again. */
final class Children {
    private Children() {
    }

    /**
     * Makes {@code children} equal to {@code wanted} touching only what differs: a node removed and added back
     * would be styled again. Nodes keep their relative order between steps, so removing the unwanted ones and
     * inserting the new ones is enough.
     */
    static void place(List<Node> children, List<? extends Node> wanted) {
        if (children.equals(wanted)) {
            return;
        }
        Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        children.removeIf(node -> !keep.contains(node));
        for (int i = 0; i < wanted.size(); i++) {
            if (i >= children.size() || children.get(i) != wanted.get(i)) {
                children.remove(wanted.get(i));
                children.add(Math.min(i, children.size()), wanted.get(i));
            }
        }
    }
}
