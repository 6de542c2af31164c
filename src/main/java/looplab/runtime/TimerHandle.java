package looplab.runtime;

import looplab.vm.PyFloat;
import looplab.vm.PyObject;
import looplab.vm.PyType;

/**
 * A callback due at a loop time, as {@code asyncio.events.TimerHandle}: what {@code call_at}/{@code call_later}
 * return. Ordered by deadline, then by scheduling order, so equal deadlines fire in the order they were set.
 */
public final class TimerHandle extends Handle implements Comparable<TimerHandle> {
    static final PyType TYPE = PyType.builtin("TimerHandle", Handle.TYPE)
            .method("when", (args, kw) -> PyFloat.of(((TimerHandle) args[0]).when));

    final double when;
    /** Position in scheduling order: the tie-breaker for equal deadlines. */
    final long sequence;
    /** True while the handle sits in the loop's {@code _scheduled} heap. */
    boolean scheduled;

    TimerHandle(long id, double when, long sequence, PyObject callback, PyObject[] args, EventLoop loop) {
        super(id, callback, args, loop);
        this.when = when;
        this.sequence = sequence;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public double when() {
        return when;
    }

    @Override
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            loop.timerHandleCancelled(this);
        }
    }

    @Override
    public int compareTo(TimerHandle other) {
        int byWhen = Double.compare(when, other.when);
        return byWhen != 0 ? byWhen : Long.compare(sequence, other.sequence);
    }

    @Override
    public String repr() {
        return "<TimerHandle " + (cancelled ? "cancelled " : "") + "when=" + PyFloat.of(when).repr() + " " + describe() + ">";
    }
}
