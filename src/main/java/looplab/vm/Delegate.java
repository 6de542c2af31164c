package looplab.vm;

/**
 * What `yield from` and `await` delegate to: something that can be sent values and thrown exceptions into, and
 * tells after each call whether it finished (then the call's result is its return value) or yielded.
 * Generators and coroutines are delegates; the runtime's futures provide one; other iterators are adapted.
 */
public interface Delegate {
    PyObject send(PyObject value);

    PyObject throwInto(PyBaseException exc);

    boolean finished();

    void close();
}
