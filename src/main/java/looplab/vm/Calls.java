package looplab.vm;

/** Calling conventions shared by the interpreter and the builtins. */
public final class Calls {
    private Calls() {
    }

    /** Calls a function found on a class as a method of self, without allocating a bound method when possible. */
    public static PyObject callMethod(PyObject function, PyObject self, PyObject[] args, String[] kwnames) {
        if (function instanceof PyFunction || function instanceof PyBuiltinFunction) {
            return function.call(Args.prepend(self, args), kwnames);
        }
        return function.descrGet(self, self.type()).call(args, kwnames);
    }

    /** Looks up a method by name on obj's class and calls it; AttributeError if missing. */
    public static PyObject callMethod(PyObject self, String name, PyObject... args) {
        PyObject function = self.type().lookup(name);
        if (function == null) {
            return self.getAttr(name).call(args, Args.NO_KEYWORDS);
        }
        return callMethod(function, self, args, Args.NO_KEYWORDS);
    }
}
