package looplab.trace;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from ids (task, handle and job ids, sequence numbers) to values, in id order, that shares
 * structure with the map it was made from: a 32-way trie over the id's bits, as {@link PersistentVector} is over an
 * index. The runtime counts its ids up from 1, so the trie is dense: a few bytes per entry, at most a handful of
 * arrays from the root to a value, and a change copies only those (or none, under an {@link Edit}).
 *
 * <p>Every array knows how many values it holds, so the value at an index is found in O(log n) too (lists in
 * insertion order are such maps of sequence numbers). Negative ids never come from the runtime; a hand-written trace
 * may hold them, so they are kept aside in a small sorted map, before the others.
 */
public final class PersistentIdMap<V> extends AbstractMap<Long, V> {
    private static final int BITS = 5;
    private static final int WIDTH = 1 << BITS;
    private static final int MASK = WIDTH - 1;
    private static final PersistentIdMap<?> EMPTY = new PersistentIdMap<>(null, 0, PersistentSortedMap.empty());

    /** Null when there are no ids of 0 or more. */
    private final Trie root;
    /** How far to shift an id for the root's slot: 0 while the root is the only leaf. */
    private final int shift;
    private final PersistentSortedMap<Long, V> negatives;

    private PersistentIdMap(Trie root, int shift, PersistentSortedMap<Long, V> negatives) {
        this.root = root;
        this.shift = shift;
        this.negatives = negatives;
    }

    @SuppressWarnings("unchecked")
    public static <V> PersistentIdMap<V> empty() {
        return (PersistentIdMap<V>) EMPTY;
    }

    @Override
    public int size() {
        return (root == null ? 0 : root.count) + negatives.size();
    }

    @Override
    public boolean isEmpty() {
        return root == null && negatives.isEmpty();
    }

    @Override
    public V get(Object key) {
        return key instanceof Long id ? get((long) id) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @SuppressWarnings("unchecked")
    public V get(long id) {
        if (id < 0) {
            return negatives.get(id);
        }
        if (root == null || !fits(id, shift)) {
            return null;
        }
        Trie node = root;
        for (int level = shift; level > 0; level -= BITS) {
            node = (Trie) node.slots[slot(id, level)];
            if (node == null) {
                return null;
            }
        }
        return (V) node.slots[slot(id, 0)];
    }

    /** This map with {@code id} bound to {@code value} (never null); this map itself when it already is. */
    public PersistentIdMap<V> with(long id, V value) {
        return with(id, value, null);
    }

    /** The same, changing in place the arrays {@code edit} made (see {@link Edit}); a null edit copies. */
    PersistentIdMap<V> with(long id, V value, Edit edit) {
        Objects.requireNonNull(value, "value");
        if (id < 0) {
            return withNegatives(negatives.with(id, value, edit));
        }
        Trie top = root;
        int topShift = root == null ? 0 : shift;
        while (!fits(id, topShift)) {
            top = top == null ? null : above(top, edit);
            topShift += BITS;
        }
        Trie changed = put(top, topShift, id, value, edit);
        return changed == UNCHANGED ? this : new PersistentIdMap<>(changed, topShift, negatives);
    }

    public PersistentIdMap<V> without(long id) {
        return without(id, null);
    }

    PersistentIdMap<V> without(long id, Edit edit) {
        if (id < 0) {
            return withNegatives(negatives.without(id, edit));
        }
        if (root == null || !fits(id, shift)) {
            return this;
        }
        Trie changed = remove(root, shift, id, edit);
        if (changed == UNCHANGED) {
            return this;
        }
        return new PersistentIdMap<>(changed, changed == null ? 0 : shift, negatives);
    }

    private PersistentIdMap<V> withNegatives(PersistentSortedMap<Long, V> changed) {
        return changed == negatives ? this : new PersistentIdMap<>(root, shift, changed);
    }

    /** The id at {@code index} in id order. */
    public long keyAt(int index) {
        checkIndex(index);
        return index < negatives.size() ? negatives.keyAt(index) : select(index - negatives.size()).id();
    }

    @SuppressWarnings("unchecked")
    public V valueAt(int index) {
        checkIndex(index);
        return index < negatives.size() ? negatives.valueAt(index) : (V) select(index - negatives.size()).value();
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size());
        }
    }

    private record Found(long id, Object value) {
    }

    /** Walks down by the arrays' counts to the {@code index}-th value of the trie. */
    private Found select(int index) {
        Trie node = root;
        long id = 0;
        for (int level = shift; ; level -= BITS) {
            for (int slot = 0; slot < WIDTH; slot++) {
                Object child = node.slots[slot];
                if (child == null) {
                    continue;
                }
                int below = level == 0 ? 1 : ((Trie) child).count;
                if (index < below) {
                    id |= (long) slot << level;
                    if (level == 0) {
                        return new Found(id, child);
                    }
                    node = (Trie) child;
                    break;
                }
                index -= below;
            }
        }
    }

    /** The ids in order, as a list with O(log n) index access (a view: the map never changes). */
    public List<Long> keyList() {
        return Views.list(this::keyAt, this::size, () -> Views.mapped(entrySet().iterator(), Map.Entry::getKey));
    }

    /** The values in id order, as a list with O(log n) index access. */
    public List<V> valueList() {
        return Views.list(this::valueAt, this::size, () -> Views.mapped(entrySet().iterator(), Map.Entry::getValue));
    }

    @Override
    public Set<Map.Entry<Long, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Long, V>> iterator() {
                Iterator<Map.Entry<Long, V>> below = negatives.entrySet().iterator();
                Iterator<Map.Entry<Long, V>> above = new Walk();
                return new Iterator<>() {
                    public boolean hasNext() {
                        return below.hasNext() || above.hasNext();
                    }

                    public Map.Entry<Long, V> next() {
                        return below.hasNext() ? below.next() : above.next();
                    }
                };
            }

            @Override
            public int size() {
                return PersistentIdMap.this.size();
            }
        };
    }

    /** Snapshots often share the very same trie: equal at once; else entry by entry. */
    @Override
    public boolean equals(Object o) {
        if (o instanceof PersistentIdMap<?> other && other.root == root && other.negatives.equals(negatives)) {
            return true;
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /** The ids of 0 or more in order: depth-first through the trie, one slot cursor per level. */
    private final class Walk implements Iterator<Map.Entry<Long, V>> {
        private final Trie[] path = new Trie[shift / BITS + 1];
        private final int[] nextSlot = new int[shift / BITS + 1];
        private int depth;
        private Map.Entry<Long, V> next;

        Walk() {
            path[0] = root;
            depth = root == null ? -1 : 0;
            advance();
        }

        /** Finds the next value at or after the cursors, climbing out of finished arrays. */
        @SuppressWarnings("unchecked")
        private void advance() {
            next = null;
            while (depth >= 0 && next == null) {
                int slot = nextSlot[depth]++;
                if (slot == WIDTH) {
                    depth--;
                    continue;
                }
                Object child = path[depth].slots[slot];
                if (child == null) {
                    continue;
                }
                if (depth == path.length - 1) {
                    next = new SimpleImmutableEntry<>(idAt(slot), (V) child);
                } else {
                    depth++;
                    path[depth] = (Trie) child;
                    nextSlot[depth] = 0;
                }
            }
        }

        private long idAt(int leafSlot) {
            long id = 0;
            for (int d = 0; d < path.length - 1; d++) {
                id |= (long) (nextSlot[d] - 1) << (shift - d * BITS);
            }
            return id | leafSlot;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Map.Entry<Long, V> next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Map.Entry<Long, V> current = next;
            advance();
            return current;
        }
    }

    // ---- the trie ----

    private static int slot(long id, int level) {
        return (int) (id >>> level) & MASK;
    }

    /** Whether a trie whose root shifts by {@code shift} has a slot for {@code id}. */
    private static boolean fits(long id, int shift) {
        return shift + BITS >= Long.SIZE - 1 || id < 1L << (shift + BITS);
    }

    /** A new root one level up, holding {@code top} in its first slot. */
    private static Trie above(Trie top, Edit edit) {
        Trie up = new Trie(edit);
        up.slots[0] = top;
        up.count = top.count;
        return up;
    }

    /**
     * Returned up the path when a change changes nothing (the id already holds that very value, or an id to remove
     * is absent), so that one descent both looks and changes, and nothing is copied for nothing.
     */
    private static final Trie UNCHANGED = new Trie(null);

    /** The array with {@code value} at {@code id}; arrays are copied (or edited) on the way back up. */
    private static Trie put(Trie node, int level, long id, Object value, Edit edit) {
        int slot = slot(id, level);
        Object old = node == null ? null : node.slots[slot];
        Object now;
        int added;
        if (level == 0) {
            if (old == value) {
                return UNCHANGED;
            }
            now = value;
            added = old == null ? 1 : 0;
        } else {
            int countBefore = old == null ? 0 : ((Trie) old).count;
            Trie child = put((Trie) old, level - BITS, id, value, edit);
            if (child == UNCHANGED) {
                return UNCHANGED;
            }
            now = child;
            added = child.count - countBefore;
        }
        Trie copy = editable(node, edit);
        copy.slots[slot] = now;
        copy.count += added;
        return copy;
    }

    /** The array without the value at {@code id}; null when that was its only value. */
    private static Trie remove(Trie node, int level, long id, Edit edit) {
        int slot = slot(id, level);
        Object old = node.slots[slot];
        if (old == null) {
            return UNCHANGED;
        }
        Object now = null;
        if (level > 0) {
            Trie child = remove((Trie) old, level - BITS, id, edit);
            if (child == UNCHANGED) {
                return UNCHANGED;
            }
            now = child;
        }
        if (node.count == 1) {
            return null;
        }
        Trie copy = editable(node, edit);
        copy.slots[slot] = now;
        copy.count--;
        return copy;
    }

    /** {@code node} itself if {@code edit} made it, else a copy made under {@code edit} (a new array for null). */
    private static Trie editable(Trie node, Edit edit) {
        if (node != null && edit != null && node.edit == edit) {
            return node;
        }
        Trie copy = new Trie(edit);
        if (node != null) {
            System.arraycopy(node.slots, 0, copy.slots, 0, WIDTH);
            copy.count = node.count;
        }
        return copy;
    }

    /** One array of the trie: values in a leaf, child arrays above; {@code count} values below it. */
    private static final class Trie {
        final Edit edit;
        final Object[] slots = new Object[WIDTH];
        int count;

        Trie(Edit edit) {
            this.edit = edit;
            if (edit != null) {
                edit.made();
            }
        }
    }
}
