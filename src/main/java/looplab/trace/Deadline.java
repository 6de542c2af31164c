package looplab.trace;

/**
 * Where a timer or a sleeping task sorts: by deadline, then by id, as the heap of {@code TimerHandle}s in
 * {@code _scheduled} orders them (CPython breaks ties by scheduling order; our ids count up in that order). A key of
 * two primitives, so the tree that keeps them sorted compares without reaching into the timer or its task.
 */
record Deadline(double at, long id) implements Comparable<Deadline> {
    @Override
    public int compareTo(Deadline other) {
        int byTime = Double.compare(at, other.at);
        return byTime != 0 ? byTime : Long.compare(id, other.id);
    }
}
