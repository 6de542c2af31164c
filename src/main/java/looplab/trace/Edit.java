package looplab.trace;

/**
 * The right to change in place the nodes of a persistent collection that were made under this edit, instead of
 * copying them (what Clojure calls a transient). {@link LoopStateBuilder} applies thousands of events between two
 * snapshots; under one edit each path of a tree is copied once, not once per event, and loading a large trace
 * makes little garbage.
 *
 * <p>The contract: a collection returned by a change under an edit is only valid until the next change under the
 * same edit, and must not be handed out while the edit is still in use. The builder starts a new edit at every
 * snapshot, so nothing reachable from a {@link LoopState} is ever changed again.
 */
final class Edit {
    private long nodesMade;

    /** Counts a node (or leaf array) made under this edit: what a snapshot taken now would add to memory. */
    void made() {
        nodesMade++;
    }

    long nodesMade() {
        return nodesMade;
    }
}
