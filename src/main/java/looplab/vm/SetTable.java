package looplab.vm;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The open-addressing hash table of CPython's setobject.c (linear probes, then perturbed jumps; resize at 3/5
 * full), so that a set iterates in the order CPython's does: print({3, 1, 2}) shows {1, 2, 3}.
 */
public final class SetTable implements Iterable<PyObject> {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final PyObject DUMMY = PyNotImplemented.INSTANCE;

    private PyObject[] keys = new PyObject[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int fill;
    private int used;

    public int size() {
        return used;
    }

    public boolean contains(PyObject key) {
        return find(key, Ops.hash(key)) >= 0;
    }

    private int find(PyObject key, long hash) {
        int mask = keys.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; ; j++) {
                PyObject k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || Ops.eq(k, key))) {
                    return j;
                }
                if (probes-- == 0) {
                    break;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public void add(PyObject key) {
        long hash = Ops.hash(key);
        if (find(key, hash) >= 0) {
            return;
        }
        int slot = freeSlot(keys, hash);
        keys[slot] = key;
        hashes[slot] = hash;
        fill++;
        used++;
        if ((long) fill * 5 >= (long) (keys.length - 1) * 3) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    private static int freeSlot(PyObject[] table, long hash) {
        int mask = table.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            if (table[i] == null) {
                return i;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        return i + j;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[size];
        hashes = new long[size];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null && oldKeys[j] != DUMMY) {
                int slot = freeSlot(keys, oldHashes[j]);
                keys[slot] = oldKeys[j];
                hashes[slot] = oldHashes[j];
            }
        }
        fill = used;
    }

    public boolean remove(PyObject key) {
        int slot = find(key, Ops.hash(key));
        if (slot < 0) {
            return false;
        }
        keys[slot] = DUMMY;
        used--;
        return true;
    }

    /** Removes and returns the first entry in table order (set.pop). */
    public PyObject pop() {
        for (int j = 0; j < keys.length; j++) {
            if (keys[j] != null && keys[j] != DUMMY) {
                PyObject k = keys[j];
                keys[j] = DUMMY;
                used--;
                return k;
            }
        }
        return null;
    }

    public void clear() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        fill = 0;
        used = 0;
    }

    public void replaceWith(SetTable other) {
        keys = other.keys.clone();
        hashes = other.hashes.clone();
        fill = other.fill;
        used = other.used;
    }

    @Override
    public Iterator<PyObject> iterator() {
        PyObject[] table = keys;
        return new Iterator<>() {
            private int j = advance(0);

            private int advance(int from) {
                while (from < table.length && (table[from] == null || table[from] == DUMMY)) {
                    from++;
                }
                return from;
            }

            @Override
            public boolean hasNext() {
                return j < table.length;
            }

            @Override
            public PyObject next() {
                if (j >= table.length) {
                    throw new NoSuchElementException();
                }
                PyObject k = table[j];
                j = advance(j + 1);
                return k;
            }
        };
    }
}
