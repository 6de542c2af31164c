package looplab.vm;

/** Factories for the Python exceptions the VM raises, with CPython's exact messages. */
public final class Errors {
    private Errors() {
    }

    public static PyException raise(PyType type, String message) {
        PyObject[] args = message == null ? new PyObject[0] : new PyObject[] {PyStr.of(message)};
        return new PyBaseException(type, args).toThrowable();
    }

    public static PyException typeError(String message) {
        return raise(ExceptionTypes.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return raise(ExceptionTypes.VALUE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return raise(ExceptionTypes.INDEX_ERROR, message);
    }

    public static PyException keyError(PyObject key) {
        return new PyBaseException(ExceptionTypes.KEY_ERROR, new PyObject[] {key}).toThrowable();
    }

    public static PyException attributeError(String message) {
        return raise(ExceptionTypes.ATTRIBUTE_ERROR, message);
    }

    public static PyException noAttribute(PyObject obj, String name) {
        if (obj instanceof PyType t) {
            return attributeError("type object '" + t.name() + "' has no attribute '" + name + "'");
        }
        if (obj instanceof PyModule m) {
            return attributeError("module '" + m.name() + "' has no attribute '" + name + "'");
        }
        return attributeError("'" + obj.type().name() + "' object has no attribute '" + name + "'");
    }

    public static PyException nameError(String name) {
        return raise(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
    }

    public static PyException unboundLocal(String name) {
        return raise(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    public static PyException zeroDivision(String message) {
        return raise(ExceptionTypes.ZERO_DIVISION_ERROR, message);
    }

    public static PyException overflow(String message) {
        return raise(ExceptionTypes.OVERFLOW_ERROR, message);
    }

    public static PyException runtimeError(String message) {
        return raise(ExceptionTypes.RUNTIME_ERROR, message);
    }

    public static PyException memoryError() {
        return raise(ExceptionTypes.MEMORY_ERROR, null);
    }

    public static PyException badUnary(String symbol, PyObject operand) {
        return typeError("bad operand type for unary " + symbol + ": '" + operand.type().name() + "'");
    }

    public static PyException unsupported(String symbol, PyObject a, PyObject b) {
        return typeError("unsupported operand type(s) for " + symbol + ": '" + a.type().name() + "' and '"
                + b.type().name() + "'");
    }

    public static PyException stopIteration(PyObject value) {
        PyObject[] args = value == PyNone.NONE ? new PyObject[0] : new PyObject[] {value};
        return new PyBaseException(ExceptionTypes.STOP_ITERATION, args).toThrowable();
    }
}
