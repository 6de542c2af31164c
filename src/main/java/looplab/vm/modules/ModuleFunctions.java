package looplab.vm.modules;

import looplab.vm.Errors;
import looplab.vm.ExceptionTypes;
import looplab.vm.PyBuiltinFunction;
import looplab.vm.PyException;
import looplab.vm.PyModule;
import looplab.vm.format.FormatError;

/** Shared plumbing of the modules written in Java: adding functions, and errors raised by helper libraries. */
final class ModuleFunctions {
    private ModuleFunctions() {
    }

    /** Adds a function that prints as CPython's do: {@code <built-in function sqrt>}. */
    static void function(PyModule module, String name, PyBuiltinFunction.Body body) {
        module.add(name, new PyBuiltinFunction(name, (args, kwnames) -> {
            try {
                return body.call(args, kwnames);
            } catch (FormatError e) {
                throw pythonError(e);
            }
        }));
    }

    static PyException pythonError(FormatError e) {
        return Errors.raise(ExceptionTypes.ALL.getOrDefault(e.pythonType(), ExceptionTypes.VALUE_ERROR), e.getMessage());
    }
}
