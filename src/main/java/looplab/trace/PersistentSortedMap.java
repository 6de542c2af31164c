package looplab.trace;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable sorted map that shares structure with the map it was made from: {@link #with} and {@link #without}
 * copy the O(log n) nodes on one path and keep the rest, so two snapshots of the loop one event apart cost one path
 * of memory, not two copies of every timer.
 *
 * <p>A weight-balanced tree (Adams' trees with Hirai and Yamamoto's parameters Δ = 3, Γ = 2, for which single
 * insertions and deletions provably keep the balance). Every node knows the size of its subtree, so the entry at an
 * index and a key's rank are O(log n) too: the timers and the sleeping tasks, sorted by deadline, are views of such
 * maps with index access, and a lane that shows its first and last tokens reads only those. Maps keyed by ids use
 * the flatter and faster {@link PersistentIdMap}.
 */
public final class PersistentSortedMap<K, V> extends AbstractMap<K, V> {
    private static final int DELTA = 3;
    private static final int GAMMA = 2;

    private final Comparator<? super K> order;
    private final Node<K, V> root;

    private PersistentSortedMap(Comparator<? super K> order, Node<K, V> root) {
        this.order = order;
        this.root = root;
    }

    /** The empty map, in the keys' natural order. */
    public static <K extends Comparable<? super K>, V> PersistentSortedMap<K, V> empty() {
        return new PersistentSortedMap<>(Comparator.naturalOrder(), null);
    }

    public static <K, V> PersistentSortedMap<K, V> empty(Comparator<? super K> order) {
        return new PersistentSortedMap<>(order, null);
    }

    @Override
    public int size() {
        return size(root);
    }

    @Override
    public boolean isEmpty() {
        return root == null;
    }

    @Override
    public V get(Object key) {
        Node<K, V> node = find(key);
        return node == null ? null : node.value;
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) != null;
    }

    @SuppressWarnings("unchecked")
    private Node<K, V> find(Object key) {
        Node<K, V> node = root;
        while (node != null) {
            int c = compare((K) key, node.key);
            if (c == 0) {
                return node;
            }
            node = c < 0 ? node.left : node.right;
        }
        return null;
    }

    /** Most maps of a trace are by id: their keys are compared without a call through {@link Comparable}. */
    private int compare(K a, K b) {
        if (a instanceof Long x && b instanceof Long y && order == NATURAL_ORDER) {
            return Long.compare(x, y);
        }
        return order.compare(a, b);
    }

    private static final Comparator<?> NATURAL_ORDER = Comparator.naturalOrder();

    /** This map with {@code key} bound to {@code value}; this map itself when it already is. */
    public PersistentSortedMap<K, V> with(K key, V value) {
        return with(key, value, null);
    }

    /** The same, changing in place the nodes {@code edit} made (see {@link Edit}); a null edit copies. */
    PersistentSortedMap<K, V> with(K key, V value, Edit edit) {
        Node<K, V> changed = insert(root, key, value, edit);
        return changed == UNCHANGED ? this : withRoot(changed);
    }

    public PersistentSortedMap<K, V> without(K key) {
        return without(key, null);
    }

    PersistentSortedMap<K, V> without(K key, Edit edit) {
        Node<K, V> changed = remove(root, key, edit);
        return changed == UNCHANGED ? this : withRoot(changed);
    }

    /** A change under an edit may keep the root node (changed in place); then this map already shows it. */
    private PersistentSortedMap<K, V> withRoot(Node<K, V> newRoot) {
        return newRoot == root ? this : new PersistentSortedMap<>(order, newRoot);
    }

    /** The key at {@code index} in the map's order. */
    public K keyAt(int index) {
        return nodeAt(index).key;
    }

    public V valueAt(int index) {
        return nodeAt(index).value;
    }

    private Node<K, V> nodeAt(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size());
        }
        Node<K, V> node = root;
        while (true) {
            int leftSize = size(node.left);
            if (index == leftSize) {
                return node;
            }
            if (index < leftSize) {
                node = node.left;
            } else {
                index -= leftSize + 1;
                node = node.right;
            }
        }
    }

    /** How many keys come before {@code key} (its index if present, else where it would go). */
    public int rank(K key) {
        int rank = 0;
        Node<K, V> node = root;
        while (node != null) {
            if (compare(key, node.key) <= 0) {
                node = node.left;
            } else {
                rank += size(node.left) + 1;
                node = node.right;
            }
        }
        return rank;
    }

    /** The keys in order, as a list with O(log n) index access (a view: the map never changes). */
    public List<K> keyList() {
        return Views.list(this::keyAt, this::size, () -> Views.mapped(nodesFrom(0), node -> node.key));
    }

    /** The values in the order of their keys, as a list with O(log n) index access. */
    public List<V> valueList() {
        return Views.list(this::valueAt, this::size, () -> valuesFrom(0));
    }

    /** The values from {@code index} on, in order; O(log n) to start, O(1) amortised per value. */
    Iterator<V> valuesFrom(int index) {
        return Views.mapped(nodesFrom(index), node -> node.value);
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return Views.mapped(nodesFrom(0), node -> new SimpleImmutableEntry<>(node.key, node.value));
            }

            @Override
            public int size() {
                return PersistentSortedMap.this.size();
            }
        };
    }

    /** The same map (often literally: snapshots share their root) is equal at once; else entry by entry, in order. */
    @Override
    public boolean equals(Object o) {
        if (o == this || o instanceof PersistentSortedMap<?, ?> other && other.root == root) {
            return true;
        }
        if (!(o instanceof PersistentSortedMap<?, ?> other) || other.order != order) {
            return super.equals(o);
        }
        if (other.size() != size()) {
            return false;
        }
        Iterator<? extends Node<?, ?>> mine = nodesFrom(0);
        Iterator<? extends Node<?, ?>> theirs = other.nodesFrom(0);
        while (mine.hasNext()) {
            Node<?, ?> a = mine.next();
            Node<?, ?> b = theirs.next();
            if (!a.key.equals(b.key) || !java.util.Objects.equals(a.value, b.value)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /** In-order walk from {@code index}: the path down to it is stacked, then each step pops and descends right. */
    private Iterator<Node<K, V>> nodesFrom(int index) {
        Deque<Node<K, V>> path = new ArrayDeque<>();
        Node<K, V> node = root;
        int skip = Math.max(0, index);
        while (node != null) {
            int leftSize = size(node.left);
            if (skip <= leftSize) {
                path.push(node);
                node = node.left;
            } else {
                skip -= leftSize + 1;
                node = node.right;
            }
        }
        return new Iterator<>() {
            public boolean hasNext() {
                return !path.isEmpty();
            }

            public Node<K, V> next() {
                if (path.isEmpty()) {
                    throw new NoSuchElementException();
                }
                Node<K, V> next = path.pop();
                for (Node<K, V> n = next.right; n != null; n = n.left) {
                    path.push(n);
                }
                return next;
            }
        };
    }

    // ---- the tree: every function returns the new subtree; `reuse` is the node being replaced ----

    /**
     * Returned up the path when a change changes nothing (the key is already bound to that very value, or a key to
     * remove is absent), so that no node on the way is copied and one descent both looks and changes.
     */
    @SuppressWarnings("rawtypes")
    private static final Node UNCHANGED = new Node<>(null);

    @SuppressWarnings("unchecked")
    private Node<K, V> insert(Node<K, V> node, K key, V value, Edit edit) {
        if (node == null) {
            return node(null, key, value, null, null, edit);
        }
        int c = compare(key, node.key);
        if (c == 0) {
            return node.value == value ? UNCHANGED : node(node, key, value, node.left, node.right, edit);
        }
        Node<K, V> child = insert(c < 0 ? node.left : node.right, key, value, edit);
        if (child == UNCHANGED) {
            return UNCHANGED;
        }
        return c < 0 ? balance(node, node.key, node.value, child, node.right, edit)
                : balance(node, node.key, node.value, node.left, child, edit);
    }

    @SuppressWarnings("unchecked")
    private Node<K, V> remove(Node<K, V> node, K key, Edit edit) {
        if (node == null) {
            return UNCHANGED;
        }
        int c = compare(key, node.key);
        if (c == 0) {
            return glue(node, node.left, node.right, edit);
        }
        Node<K, V> child = remove(c < 0 ? node.left : node.right, key, edit);
        if (child == UNCHANGED) {
            return UNCHANGED;
        }
        return c < 0 ? balance(node, node.key, node.value, child, node.right, edit)
                : balance(node, node.key, node.value, node.left, child, edit);
    }

    /** Joins the two subtrees of a removed node: the larger side gives up its nearest key to be the new top. */
    private Node<K, V> glue(Node<K, V> removed, Node<K, V> left, Node<K, V> right, Edit edit) {
        if (left == null) {
            return right;
        }
        if (right == null) {
            return left;
        }
        if (size(left) > size(right)) {
            Node<K, V> last = last(left);
            return balance(removed, last.key, last.value, removeLast(left, edit), right, edit);
        }
        Node<K, V> first = first(right);
        return balance(removed, first.key, first.value, left, removeFirst(right, edit), edit);
    }

    private Node<K, V> removeFirst(Node<K, V> node, Edit edit) {
        if (node.left == null) {
            return node.right;
        }
        return balance(node, node.key, node.value, removeFirst(node.left, edit), node.right, edit);
    }

    private Node<K, V> removeLast(Node<K, V> node, Edit edit) {
        if (node.right == null) {
            return node.left;
        }
        return balance(node, node.key, node.value, node.left, removeLast(node.right, edit), edit);
    }

    private static <K, V> Node<K, V> first(Node<K, V> node) {
        while (node.left != null) {
            node = node.left;
        }
        return node;
    }

    private static <K, V> Node<K, V> last(Node<K, V> node) {
        while (node.right != null) {
            node = node.right;
        }
        return node;
    }

    /** One insertion or removal below leaves the sides at most one rotation (single or double) from balanced. */
    private static <K, V> Node<K, V> balance(Node<K, V> reuse, K key, V value, Node<K, V> left, Node<K, V> right,
                                             Edit edit) {
        if (!isBalanced(left, right)) {
            return isSingle(right.left, right.right)
                    ? singleLeft(reuse, key, value, left, right, edit)
                    : doubleLeft(reuse, key, value, left, right, edit);
        }
        if (!isBalanced(right, left)) {
            return isSingle(left.right, left.left)
                    ? singleRight(reuse, key, value, left, right, edit)
                    : doubleRight(reuse, key, value, left, right, edit);
        }
        return node(reuse, key, value, left, right, edit);
    }

    /** Hirai and Yamamoto's weights are sizes plus one; {@code b} is not too heavy for {@code a}. */
    private static boolean isBalanced(Node<?, ?> a, Node<?, ?> b) {
        return DELTA * (size(a) + 1) >= size(b) + 1;
    }

    /** A heavy side's inner subtree lighter than its outer one needs a single rotation, else a double. */
    private static boolean isSingle(Node<?, ?> inner, Node<?, ?> outer) {
        return size(inner) + 1 < GAMMA * (size(outer) + 1);
    }

    // In the rotations every field of a node is read (as an argument) before node() may change that node in place.

    private static <K, V> Node<K, V> singleLeft(Node<K, V> reuse, K key, V value, Node<K, V> left, Node<K, V> right,
                                                Edit edit) {
        Node<K, V> newLeft = node(reuse, key, value, left, right.left, edit);
        return node(right, right.key, right.value, newLeft, right.right, edit);
    }

    private static <K, V> Node<K, V> singleRight(Node<K, V> reuse, K key, V value, Node<K, V> left,
                                                 Node<K, V> right, Edit edit) {
        Node<K, V> newRight = node(reuse, key, value, left.right, right, edit);
        return node(left, left.key, left.value, left.left, newRight, edit);
    }

    private static <K, V> Node<K, V> doubleLeft(Node<K, V> reuse, K key, V value, Node<K, V> left, Node<K, V> right,
                                                Edit edit) {
        Node<K, V> middle = right.left;
        Node<K, V> newLeft = node(reuse, key, value, left, middle.left, edit);
        Node<K, V> newRight = node(right, right.key, right.value, middle.right, right.right, edit);
        return node(middle, middle.key, middle.value, newLeft, newRight, edit);
    }

    private static <K, V> Node<K, V> doubleRight(Node<K, V> reuse, K key, V value, Node<K, V> left,
                                                 Node<K, V> right, Edit edit) {
        Node<K, V> middle = left.right;
        Node<K, V> newRight = node(reuse, key, value, middle.right, right, edit);
        Node<K, V> newLeft = node(left, left.key, left.value, left.left, middle.left, edit);
        return node(middle, middle.key, middle.value, newLeft, newRight, edit);
    }

    /** {@code reuse} changed in place if {@code edit} made it, else a new node. */
    private static <K, V> Node<K, V> node(Node<K, V> reuse, K key, V value, Node<K, V> left, Node<K, V> right,
                                          Edit edit) {
        if (reuse != null && edit != null && reuse.edit == edit) {
            reuse.set(key, value, left, right);
            return reuse;
        }
        if (edit != null) {
            edit.made();
        }
        Node<K, V> node = new Node<>(edit);
        node.set(key, value, left, right);
        return node;
    }

    private static int size(Node<?, ?> node) {
        return node == null ? 0 : node.size;
    }

    /** Checks the weight balance of every subtree and their sizes; for tests. */
    boolean isBalanced() {
        return checkedSize(root) >= 0;
    }

    private static int checkedSize(Node<?, ?> node) {
        if (node == null) {
            return 0;
        }
        int left = checkedSize(node.left);
        int right = checkedSize(node.right);
        boolean ok = left >= 0 && right >= 0 && node.size == left + right + 1
                && isBalanced(node.left, node.right) && isBalanced(node.right, node.left);
        return ok ? node.size : -1;
    }

    /** Fixed once its edit is over; until then only that edit changes it. */
    private static final class Node<K, V> {
        private final Edit edit;
        private K key;
        private V value;
        private Node<K, V> left;
        private Node<K, V> right;
        private int size;

        Node(Edit edit) {
            this.edit = edit;
        }

        void set(K newKey, V newValue, Node<K, V> newLeft, Node<K, V> newRight) {
            key = newKey;
            value = newValue;
            left = newLeft;
            right = newRight;
            size = size(newLeft) + size(newRight) + 1;
        }
    }
}
