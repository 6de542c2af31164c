package looplab.trace;

import java.util.List;

/**
 * Ids filed under a number, each group in id order: the unfinished tasks at each line, the tasks awaiting each task,
 * the handles of each task in {@code _ready}. Immutable and structurally shared ({@link PersistentIdMap}s of
 * {@link PersistentIdMap}s), so a group is read in O(log n) however many ids the other groups hold, and the window
 * can mark a line where 100,000 tasks wait without listing them.
 */
public final class GroupedIds {
    private static final GroupedIds EMPTY = new GroupedIds(PersistentIdMap.empty());

    private final PersistentIdMap<PersistentIdMap<Boolean>> groups;

    private GroupedIds(PersistentIdMap<PersistentIdMap<Boolean>> groups) {
        this.groups = groups;
    }

    public static GroupedIds empty() {
        return EMPTY;
    }

    public GroupedIds with(long group, long id) {
        return with(group, id, null);
    }

    GroupedIds with(long group, long id, Edit edit) {
        PersistentIdMap<Boolean> ids = groups.get(group);
        PersistentIdMap<Boolean> changed = (ids == null ? PersistentIdMap.<Boolean>empty() : ids).with(id, true, edit);
        return changed == ids ? this : new GroupedIds(groups.with(group, changed, edit));
    }

    public GroupedIds without(long group, long id) {
        return without(group, id, null);
    }

    GroupedIds without(long group, long id, Edit edit) {
        PersistentIdMap<Boolean> ids = groups.get(group);
        PersistentIdMap<Boolean> changed = ids == null ? null : ids.without(id, edit);
        if (changed == ids) {
            return this;
        }
        return new GroupedIds(changed.isEmpty() ? groups.without(group, edit) : groups.with(group, changed, edit));
    }

    /** The ids in {@code group}, in order (a view with O(log n) index access). */
    public List<Long> in(long group) {
        PersistentIdMap<Boolean> ids = groups.get(group);
        return ids == null ? List.of() : ids.keyList();
    }

    /** The groups that hold ids, in order (a view). */
    public List<Long> groups() {
        return groups.keyList();
    }

    public boolean isEmpty(long group) {
        return groups.get(group) == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupedIds other && other.groups.equals(groups);
    }

    @Override
    public int hashCode() {
        return groups.hashCode();
    }

    @Override
    public String toString() {
        return groups.toString();
    }
}
