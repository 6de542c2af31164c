package looplab.vm;

/** The methods of int and float. */
final class NumberMethods {
    private NumberMethods() {
    }

    static void install() {
        PyInt.TYPE.method("bit_length", (a, k) -> PyInt.of(((PyInt) a[0]).bigValue().abs().bitLength()));
        PyFloat.TYPE.method("is_integer", (a, k) -> {
            double d = ((PyFloat) a[0]).value;
            return PyBool.of(!Double.isInfinite(d) && d == Math.rint(d));
        });
    }
}
