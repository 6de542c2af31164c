package looplab.vm;

import static looplab.vm.BuiltinMethods.attribute;
import static looplab.vm.BuiltinMethods.define;
import static looplab.vm.BuiltinMethods.oneArgument;

/** The attributes and methods of range and slice objects. */
final class RangeSliceMethods {
    private RangeSliceMethods() {
    }

    static void install() {
        PyType r = PyRange.TYPE;
        attribute(r, "start", o -> PyInt.of(((PyRange) o).start));
        attribute(r, "stop", o -> PyInt.of(((PyRange) o).stop));
        attribute(r, "step", o -> PyInt.of(((PyRange) o).step));
        define(r, "count", (a, k) -> {
            PyObject x = oneArgument("range.count", a, k);
            if (x instanceof PyInt i && !(x instanceof PyBool)) {
                return PyInt.of(rangeIndex((PyRange) a[0], i) >= 0 ? 1 : 0);
            }
            return PyInt.of(ListMethods.count(Sequences.toArray(a[0]), x));
        });
        define(r, "index", (a, k) -> {
            PyObject x = oneArgument("range.index", a, k);
            if (x instanceof PyInt i) {
                long at = rangeIndex((PyRange) a[0], i);
                if (at < 0) {
                    throw Errors.valueError(x.repr() + " is not in range");
                }
                return PyInt.of(at);
            }
            PyObject[] items = Sequences.toArray(a[0]);
            for (int at = 0; at < items.length; at++) {
                if (Ops.eq(items[at], x)) {
                    return PyInt.of(at);
                }
            }
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
        define(PySlice.TYPE, "indices", (a, k) -> {
            PyInt length = Ops.index(oneArgument("slice.indices", a, k));
            if (length.signum() < 0) {
                throw Errors.valueError("length should not be negative");
            }
            PySlice.Indices ix = ((PySlice) a[0]).indices(length.intValue());
            return new PyTuple(PyInt.of(ix.start()), PyInt.of(ix.stop()), PyInt.of(ix.step()));
        });
    }

    /** The position of i in the range, or -1. */
    private static long rangeIndex(PyRange range, PyInt i) {
        if (i.isBig()) {
            return -1;
        }
        long offset = i.value - range.start;
        if (offset % range.step != 0) {
            return -1;
        }
        long at = offset / range.step;
        return at >= 0 && at < range.length() ? at : -1;
    }
}
