package looplab.vm;

/** The methods of str. */
final class StrMethods {
    private StrMethods() {
    }

    static void install() {
        PyType t = PyStr.TYPE;
        t.method("join", (a, k) -> {
            StringBuilder b = new StringBuilder();
            String sep = ((PyStr) a[0]).value;
            PyObject it = Ops.iter(a[1]);
            boolean first = true;
            int i = 0;
            for (PyObject x = it.next(); x != null; x = it.next(), i++) {
                if (!(x instanceof PyStr s)) {
                    throw Errors.typeError("sequence item " + i + ": expected str instance, " + x.type().name() + " found");
                }
                if (!first) {
                    b.append(sep);
                }
                first = false;
                b.append(s.value);
            }
            return PyStr.of(b.toString());
        });
        t.method("upper", (a, k) -> PyStr.of(((PyStr) a[0]).value.toUpperCase(java.util.Locale.ROOT)));
        t.method("lower", (a, k) -> PyStr.of(((PyStr) a[0]).value.toLowerCase(java.util.Locale.ROOT)));
    }
}
