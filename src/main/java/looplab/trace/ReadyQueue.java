package looplab.trace;

import looplab.trace.LoopState.ReadyHandle;

import java.util.AbstractList;
import java.util.Iterator;

/**
 * The loop's {@code _ready}: handles in the order they were scheduled, found by handle id, and counted by the task
 * whose step they run, so the end of a step can ask whether the task has a wakeup waiting without scanning 100,000
 * handles. Immutable and structurally shared, as the rest of a {@link LoopState}.
 */
public final class ReadyQueue extends AbstractList<ReadyHandle> {
    private static final ReadyQueue EMPTY =
            new ReadyQueue(KeyedList.inInsertionOrder(ReadyHandle::handleId), PersistentIdMap.empty());

    private final KeyedList<ReadyHandle> handles;
    /** How many handles in {@code _ready} run each task's step; tasks with none are absent. */
    private final PersistentIdMap<Integer> handlesByTask;

    private ReadyQueue(KeyedList<ReadyHandle> handles, PersistentIdMap<Integer> handlesByTask) {
        this.handles = handles;
        this.handlesByTask = handlesByTask;
    }

    public static ReadyQueue empty() {
        return EMPTY;
    }

    @Override
    public ReadyHandle get(int index) {
        return handles.get(index);
    }

    @Override
    public int size() {
        return handles.size();
    }

    @Override
    public Iterator<ReadyHandle> iterator() {
        return handles.iterator();
    }

    /** Whether a handle in {@code _ready} runs a step of task {@code taskId}. */
    public boolean hasHandleFor(long taskId) {
        return handlesByTask.get(taskId) != null;
    }

    /** Scheduling a handle id again keeps its place, as a {@code LinkedHashMap} would. */
    ReadyQueue with(ReadyHandle handle, Edit edit) {
        ReadyHandle replaced = handles.find(handle.handleId());
        PersistentIdMap<Integer> counts = replaced == null ? handlesByTask : counted(handlesByTask, replaced, -1, edit);
        return new ReadyQueue(handles.with(handle, edit), counted(counts, handle, +1, edit));
    }

    ReadyQueue without(long handleId, Edit edit) {
        ReadyHandle removed = handles.find(handleId);
        if (removed == null) {
            return this;
        }
        return new ReadyQueue(handles.without(handleId, edit), counted(handlesByTask, removed, -1, edit));
    }

    /** Only task steps are counted: callbacks (task id -1) are never asked about. */
    private static PersistentIdMap<Integer> counted(PersistentIdMap<Integer> counts, ReadyHandle handle, int change,
                                                    Edit edit) {
        if (handle.taskId() < 0) {
            return counts;
        }
        Integer count = counts.get(handle.taskId());
        int now = (count == null ? 0 : count) + change;
        return now == 0 ? counts.without(handle.taskId(), edit) : counts.with(handle.taskId(), now, edit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadyQueue other ? other.handles.equals(handles) : super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
