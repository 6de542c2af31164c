package looplab.trace;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * An immutable list whose values each have an id (a handle's, a task's, a job's), found, replaced or removed by that
 * id in O(log n), sharing structure with the list it was made from. Three orders, as the loop's lists need them:
 * the order values were added (as a {@code LinkedHashMap} keeps them: replacing a value keeps its place), id order,
 * and the order of a sort key made from each value (replacing a value moves it to where it now sorts).
 */
public abstract sealed class KeyedList<V> extends AbstractList<V> {
    final ToLongFunction<? super V> idOf;

    private KeyedList(ToLongFunction<? super V> idOf) {
        this.idOf = idOf;
    }

    /** An empty list that keeps values in the order they are added. */
    public static <V> KeyedList<V> inInsertionOrder(ToLongFunction<? super V> idOf) {
        return new InInsertionOrder<>(idOf, PersistentIdMap.empty(), PersistentIdMap.empty(), 0);
    }

    /** An empty list that keeps values by increasing id. */
    public static <V> KeyedList<V> inIdOrder(ToLongFunction<? super V> idOf) {
        return new InIdOrder<>(idOf, PersistentIdMap.empty());
    }

    /**
     * An empty list that keeps values sorted by the key {@code sortKeyOf} makes of each, which must tell apart values
     * of different ids. The tree compares the keys at every level, so a key of a few primitive fields (a deadline
     * and an id) is read faster than fields reached through the value.
     */
    public static <V, K extends Comparable<? super K>> KeyedList<V> sortedBy(ToLongFunction<? super V> idOf,
                                                                             Function<? super V, K> sortKeyOf) {
        return new Sorted<>(idOf, sortKeyOf, PersistentIdMap.empty(), PersistentSortedMap.empty());
    }

    /** The value with id {@code id}, or null. */
    public abstract V find(long id);

    /** This list with {@code value} added, or in place of the value with the same id. */
    public KeyedList<V> with(V value) {
        return with(value, null);
    }

    /** This list without the value with id {@code id} (this list when there is none). */
    public KeyedList<V> without(long id) {
        return without(id, null);
    }

    /** The same changes, changing in place what {@code edit} made (see {@link Edit}). */
    abstract KeyedList<V> with(V value, Edit edit);

    abstract KeyedList<V> without(long id, Edit edit);

    /** Whether {@code other} holds the very same structure (snapshots often share a list): then it is equal. */
    abstract boolean isSameAs(Object other);

    @Override
    public boolean equals(Object o) {
        return isSameAs(o) || super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /** A sequence number per id, and the values by sequence number. */
    private static final class InInsertionOrder<V> extends KeyedList<V> {
        private final PersistentIdMap<Long> sequenceOf;
        private final PersistentIdMap<V> bySequence;
        private final long nextSequence;

        InInsertionOrder(ToLongFunction<? super V> idOf, PersistentIdMap<Long> sequenceOf,
                         PersistentIdMap<V> bySequence, long nextSequence) {
            super(idOf);
            this.sequenceOf = sequenceOf;
            this.bySequence = bySequence;
            this.nextSequence = nextSequence;
        }

        @Override
        public V get(int index) {
            return bySequence.valueAt(index);
        }

        @Override
        public int size() {
            return bySequence.size();
        }

        @Override
        public Iterator<V> iterator() {
            return bySequence.valueList().iterator();
        }

        @Override
        public V find(long id) {
            Long sequence = sequenceOf.get(id);
            return sequence == null ? null : bySequence.get(sequence);
        }

        @Override
        KeyedList<V> with(V value, Edit edit) {
            long id = idOf.applyAsLong(value);
            Long sequence = sequenceOf.get(id);
            if (sequence == null) {
                return new InInsertionOrder<>(idOf, sequenceOf.with(id, nextSequence, edit),
                        bySequence.with(nextSequence, value, edit), nextSequence + 1);
            }
            PersistentIdMap<V> replaced = bySequence.with(sequence, value, edit);
            return replaced == bySequence ? this : new InInsertionOrder<>(idOf, sequenceOf, replaced, nextSequence);
        }

        @Override
        KeyedList<V> without(long id, Edit edit) {
            Long sequence = sequenceOf.get(id);
            if (sequence == null) {
                return this;
            }
            return new InInsertionOrder<>(idOf, sequenceOf.without(id, edit), bySequence.without(sequence, edit),
                    nextSequence);
        }

        @Override
        boolean isSameAs(Object other) {
            return other instanceof InInsertionOrder<?> list && list.bySequence == bySequence;
        }
    }

    /** The values by id. */
    private static final class InIdOrder<V> extends KeyedList<V> {
        private final PersistentIdMap<V> byId;

        InIdOrder(ToLongFunction<? super V> idOf, PersistentIdMap<V> byId) {
            super(idOf);
            this.byId = byId;
        }

        @Override
        public V get(int index) {
            return byId.valueAt(index);
        }

        @Override
        public int size() {
            return byId.size();
        }

        @Override
        public Iterator<V> iterator() {
            return byId.valueList().iterator();
        }

        @Override
        public V find(long id) {
            return byId.get(id);
        }

        @Override
        KeyedList<V> with(V value, Edit edit) {
            return changed(byId.with(idOf.applyAsLong(value), value, edit));
        }

        @Override
        KeyedList<V> without(long id, Edit edit) {
            return changed(byId.without(id, edit));
        }

        private KeyedList<V> changed(PersistentIdMap<V> newById) {
            return newById == byId ? this : new InIdOrder<>(idOf, newById);
        }

        @Override
        boolean isSameAs(Object other) {
            return other instanceof InIdOrder<?> list && list.byId == byId;
        }
    }

    /** The values by id, and by their sort keys in a tree. */
    private static final class Sorted<V, K extends Comparable<? super K>> extends KeyedList<V> {
        private final Function<? super V, K> sortKeyOf;
        private final PersistentIdMap<V> byId;
        private final PersistentSortedMap<K, V> sorted;

        Sorted(ToLongFunction<? super V> idOf, Function<? super V, K> sortKeyOf, PersistentIdMap<V> byId,
               PersistentSortedMap<K, V> sorted) {
            super(idOf);
            this.sortKeyOf = sortKeyOf;
            this.byId = byId;
            this.sorted = sorted;
        }

        @Override
        public V get(int index) {
            return sorted.valueAt(index);
        }

        @Override
        public int size() {
            return sorted.size();
        }

        @Override
        public Iterator<V> iterator() {
            return sorted.valuesFrom(0);
        }

        @Override
        public V find(long id) {
            return byId.get(id);
        }

        @Override
        KeyedList<V> with(V value, Edit edit) {
            long id = idOf.applyAsLong(value);
            V old = byId.get(id);
            if (old == value) {
                return this;
            }
            K key = sortKeyOf.apply(value);
            // A value that sorts where the old one did replaces it in one step.
            K oldKey = old == null ? null : sortKeyOf.apply(old);
            PersistentSortedMap<K, V> others = oldKey == null || oldKey.equals(key) ? sorted
                    : sorted.without(oldKey, edit);
            return new Sorted<>(idOf, sortKeyOf, byId.with(id, value, edit), others.with(key, value, edit));
        }

        @Override
        KeyedList<V> without(long id, Edit edit) {
            V old = byId.get(id);
            if (old == null) {
                return this;
            }
            return new Sorted<>(idOf, sortKeyOf, byId.without(id, edit), sorted.without(sortKeyOf.apply(old), edit));
        }

        @Override
        boolean isSameAs(Object other) {
            return other instanceof Sorted<?, ?> list && list.sorted == sorted;
        }
    }
}
