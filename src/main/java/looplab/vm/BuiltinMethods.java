package looplab.vm;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Registration helpers for the methods of builtin types. As CPython's method descriptors, a method checks its
 * self, so {@code str.upper(5)} raises TypeError rather than failing inside Java.
 */
final class BuiltinMethods {
    private BuiltinMethods() {
    }

    /** A method whose body receives self as args[0]; self is checked against the type first. */
    static void define(PyType type, String name, PyBuiltinFunction.Body body) {
        type.method(name, (a, k) -> {
            checkSelf(type, name, a, k);
            return body.call(a, k);
        });
    }

    /** A method called as type.name(...) or instance.name(...) with no self (str.maketrans, dict.fromkeys). */
    static void defineStatic(PyType type, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction function = new PyBuiltinFunction(name, type.name() + "." + name, body);
        type.attribute(name, new Descriptors.Wrapper(Descriptors.STATICMETHOD, function));
    }

    /** A read-only attribute computed from the instance (int.real, range.start): CPython's getset_descriptor. */
    static void attribute(PyType type, String name, Function<PyObject, PyObject> getter) {
        type.attribute(name, new PyGetSetDescriptor(type, name, getter));
    }

    private static void checkSelf(PyType type, String name, PyObject[] a, String[] k) {
        if (a.length - k.length == 0) {
            throw Errors.typeError("unbound method " + type.name() + "." + name + "() needs an argument");
        }
        if (!a[0].type().isSubtypeOf(type)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + type.name() + "' objects doesn't apply to a '"
                    + a[0].type().name() + "' object");
        }
    }

    /** The arguments after self, positional and keyword values as passed. */
    static PyObject[] rest(PyObject[] a) {
        return Arrays.copyOfRange(a, 1, a.length);
    }

    /** Binds the arguments after self to parameter names (see {@link Args#bind}). */
    static PyObject[] bind(String function, PyObject[] a, String[] k, int required, String... params) {
        return Args.bind(function, rest(a), k, required, params);
    }

    /** Checks a positional-only method's argument count (after self) with CPython's "expected" messages. */
    static PyObject[] positional(String function, PyObject[] a, String[] k, int min, int max) {
        PyObject[] r = rest(a);
        Args.range(function, r, k, min, max);
        return r;
    }

    /** A method that takes no arguments: "int.bit_length() takes no arguments (1 given)". */
    static void noArguments(String qualname, PyObject[] a, String[] k) {
        Args.noKeywords(qualname, k);
        if (a.length > 1) {
            throw Errors.typeError(qualname + "() takes no arguments (" + (a.length - 1) + " given)");
        }
    }

    /** A method that takes exactly one argument: "str.zfill() takes exactly one argument (0 given)". */
    static PyObject oneArgument(String qualname, PyObject[] a, String[] k) {
        Args.noKeywords(qualname, k);
        if (a.length != 2) {
            throw Errors.typeError(qualname + "() takes exactly one argument (" + (a.length - 1) + " given)");
        }
        return a[1];
    }
}
