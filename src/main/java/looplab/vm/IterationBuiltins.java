package looplab.vm;

import java.util.List;
import java.util.Map;

/** min, max, sorted, any and all. */
final class IterationBuiltins {
    private IterationBuiltins() {
    }

    static void install(Map<String, PyObject> b) {
        Builtins.function(b, "min", (a, k) -> extreme("min", a, k, CompareOp.LT));
        Builtins.function(b, "max", (a, k) -> extreme("max", a, k, CompareOp.GT));
        Builtins.function(b, "sorted", (a, k) -> {
            PyObject[] positional = Args.positional(a, k);
            if (positional.length != 1) {
                throw Errors.typeError("sorted expected 1 argument, got " + positional.length);
            }
            PyList list = new PyList(Sequences.toList(positional[0]));
            ListMethods.sort(list, Args.keyword(a, k, "key"), Args.keyword(a, k, "reverse"));
            return list;
        });
        Builtins.function(b, "any", (a, k) -> {
            Args.exactly("any", a, k, 1);
            PyObject it = Ops.iter(a[0]);
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (Ops.isTrue(x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        Builtins.function(b, "all", (a, k) -> {
            Args.exactly("all", a, k, 1);
            PyObject it = Ops.iter(a[0]);
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (!Ops.isTrue(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
    }

    private static PyObject extreme(String name, PyObject[] a, String[] k, CompareOp better) {
        PyObject key = Args.keyword(a, k, "key");
        PyObject dflt = Args.keyword(a, k, "default");
        for (String kw : k) {
            if (!kw.equals("key") && !kw.equals("default")) {
                throw Errors.typeError("'" + kw + "' is an invalid keyword argument for " + name + "()");
            }
        }
        PyObject[] positional = Args.positional(a, k);
        if (positional.length == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        List<PyObject> items;
        if (positional.length == 1) {
            items = Sequences.toList(positional[0]);
        } else {
            if (dflt != null) {
                throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = List.of(positional);
        }
        if (items.isEmpty()) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        PyObject best = items.get(0);
        PyObject bestKey = key == null || key == PyNone.NONE ? best : key.call(best);
        for (int i = 1; i < items.size(); i++) {
            PyObject x = items.get(i);
            PyObject xk = key == null || key == PyNone.NONE ? x : key.call(x);
            if (Ops.compare(xk, bestKey, better).isTrue()) {
                best = x;
                bestKey = xk;
            }
        }
        return best;
    }
}
