package looplab.trace;

import java.util.AbstractList;

/**
 * An immutable list that only grows at its end and shares everything before it with the list it was made from
 * (a 32-way trie, as Clojure's vector): appending copies one path of at most a few small arrays, so the console
 * of a long run is not copied at every step.
 */
public final class PersistentVector<T> extends AbstractList<T> {
    private static final int BITS = 5;
    private static final int WIDTH = 1 << BITS;
    private static final int MASK = WIDTH - 1;
    private static final PersistentVector<?> EMPTY = new PersistentVector<>(0, 0, null);

    private final int size;
    /** How far to shift an index for the root's slot: 0 while the root is the only leaf. */
    private final int shift;
    private final Slots root;

    private PersistentVector(int size, int shift, Slots root) {
        this.size = size;
        this.shift = shift;
        this.root = root;
    }

    @SuppressWarnings("unchecked")
    public static <T> PersistentVector<T> empty() {
        return (PersistentVector<T>) EMPTY;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        Slots node = root;
        for (int level = shift; level > 0; level -= BITS) {
            node = (Slots) node.slots[(index >>> level) & MASK];
        }
        return (T) node.slots[index & MASK];
    }

    /** This list and then {@code value}. */
    public PersistentVector<T> plus(T value) {
        return plus(value, null);
    }

    /** The same, changing in place the arrays {@code edit} made (see {@link Edit}). */
    PersistentVector<T> plus(T value, Edit edit) {
        if (root == null) {
            Slots leaf = new Slots(edit);
            leaf.slots[0] = value;
            return new PersistentVector<>(1, 0, leaf);
        }
        if (size == 1 << (shift + BITS)) {
            Slots grown = new Slots(edit);
            grown.slots[0] = root;
            return new PersistentVector<>(size + 1, shift + BITS, appendIn(grown, shift + BITS, value, edit));
        }
        return new PersistentVector<>(size + 1, shift, appendIn(root, shift, value, edit));
    }

    private Slots appendIn(Slots node, int level, Object value, Edit edit) {
        Slots copy = editable(node, edit);
        if (level == 0) {
            copy.slots[size & MASK] = value;
        } else {
            int slot = (size >>> level) & MASK;
            copy.slots[slot] = appendIn((Slots) copy.slots[slot], level - BITS, value, edit);
        }
        return copy;
    }

    private static Slots editable(Slots node, Edit edit) {
        if (node != null && edit != null && node.edit == edit) {
            return node;
        }
        Slots copy = new Slots(edit);
        if (node != null) {
            System.arraycopy(node.slots, 0, copy.slots, 0, WIDTH);
        }
        return copy;
    }

    /** One array of the trie: values in a leaf, child arrays above. */
    private static final class Slots {
        final Edit edit;
        final Object[] slots = new Object[WIDTH];

        Slots(Edit edit) {
            this.edit = edit;
            if (edit != null) {
                edit.made();
            }
        }
    }
}
