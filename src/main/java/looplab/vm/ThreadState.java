package looplab.vm;

/** Per-thread interpreter state (CPython's PyThreadState): the running frame and the call depth. */
public final class ThreadState {
    public final String name;
    Frame current;
    int depth;
    /** The contextvars.Context code runs in (set by Context.run and by the event loop per callback); null until
     * the program imports contextvars. */
    public PyObject context;

    public ThreadState(String name) {
        this.name = name;
    }

    public Frame currentFrame() {
        return current;
    }
}
