package looplab.vm;

import java.util.IdentityHashMap;
import java.util.function.Supplier;

/** Guards repr() of containers against recursion: a list that contains itself prints as [...], as in CPython. */
final class Reprs {
    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> IN_PROGRESS =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private Reprs() {
    }

    static String guarded(PyObject container, String placeholder, Supplier<String> repr) {
        IdentityHashMap<PyObject, Boolean> active = IN_PROGRESS.get();
        if (active.put(container, Boolean.TRUE) != null) {
            return placeholder;
        }
        try {
            return repr.get();
        } finally {
            active.remove(container);
        }
    }
}
