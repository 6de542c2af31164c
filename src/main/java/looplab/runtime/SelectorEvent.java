package looplab.runtime;

import looplab.trace.TraceEvent.ClockReason;

/**
 * Something the loop's selector will report at a virtual instant: a simulated I/O request completing or an
 * executor job finishing. Delivering it is what {@code _process_events} or {@code call_soon_threadsafe} does
 * in CPython: it puts handles in {@code _ready}.
 */
record SelectorEvent(double when, long sequence, ClockReason reason, Runnable deliver)
        implements Comparable<SelectorEvent> {
    @Override
    public int compareTo(SelectorEvent other) {
        int byWhen = Double.compare(when, other.when);
        return byWhen != 0 ? byWhen : Long.compare(sequence, other.sequence);
    }
}
