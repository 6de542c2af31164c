package looplab.vm;

/** Per-thread interpreter state (CPython's PyThreadState): the running frame and the call depth. */
public final class ThreadState {
    public final String name;
    Frame current;
    int depth;

    public ThreadState(String name) {
        this.name = name;
    }

    public Frame currentFrame() {
        return current;
    }
}
