package looplab.vm;

import looplab.vm.format.FloatRepr;

/** Float-to-text as CPython prints it. */
public final class Floats {
    private Floats() {
    }

    public static String repr(double d) {
        return FloatRepr.repr(d);
    }
}
