package looplab.vm;

/** The methods of set and frozenset. */
final class SetMethods {
    private SetMethods() {
    }

    static void install() {
        PySet.TYPE.method("add", (a, k) -> {
            ((PySet) a[0]).add(a[1]);
            return PyNone.NONE;
        });
    }
}
