package looplab.trace;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;

/**
 * The states a {@link TraceReplay} made lately, by event index, so that stepping back to where the window just was
 * replays nothing, and stepping back further replays only from the nearest of them.
 *
 * <p>Each state is weighed by the tree nodes made since the state before it (what it does not share with that
 * state, see {@link Edit}); the oldest go first once the weights pass a budget, or once there are too many. So a
 * walk through a 100,000-task trace keeps its last few hundred steps for a few megabytes, never the whole walk.
 */
final class RecentStates {
    private final long nodeBudget;
    private final int maxStates;
    private final TreeMap<Integer, LoopState> byIndex = new TreeMap<>();
    private final ArrayDeque<Kept> oldestFirst = new ArrayDeque<>();
    private long nodes;

    private record Kept(int eventIndex, long nodes) {
    }

    RecentStates(long nodeBudget, int maxStates) {
        this.nodeBudget = nodeBudget;
        this.maxStates = maxStates;
    }

    /** Keeps {@code state}, which cost {@code nodesMade} new nodes; one that alone passes the budget is not kept. */
    void add(LoopState state, long nodesMade) {
        if (nodesMade > nodeBudget || byIndex.containsKey(state.eventIndex())) {
            return;
        }
        byIndex.put(state.eventIndex(), state);
        oldestFirst.addLast(new Kept(state.eventIndex(), nodesMade));
        nodes += nodesMade;
        while (nodes > nodeBudget || oldestFirst.size() > maxStates) {
            Kept oldest = oldestFirst.removeFirst();
            byIndex.remove(oldest.eventIndex());
            nodes -= oldest.nodes();
        }
    }

    /** The state after event {@code eventIndex}, or null when it is not kept. */
    LoopState at(int eventIndex) {
        return byIndex.get(eventIndex);
    }

    /** The kept state nearest before or at {@code eventIndex}, or null. */
    LoopState latestAtOrBefore(int eventIndex) {
        Map.Entry<Integer, LoopState> entry = byIndex.floorEntry(eventIndex);
        return entry == null ? null : entry.getValue();
    }

    int size() {
        return byIndex.size();
    }
}
