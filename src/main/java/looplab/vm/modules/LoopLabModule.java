package looplab.vm.modules;

import static looplab.vm.modules.ModuleFunctions.function;

import java.util.ArrayList;
import java.util.List;
import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.Frame;
import looplab.vm.Interpreter;
import looplab.vm.PyBaseException;
import looplab.vm.PyBool;
import looplab.vm.PyInt;
import looplab.vm.PyList;
import looplab.vm.PyModule;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;
import looplab.vm.PyTuple;
import looplab.vm.PyType;
import looplab.vm.Tracebacks;

/**
 * {@code _looplab}: what the bundled Python modules (sys, traceback, logging, enum, contextvars) need from the
 * VM, the way CPython's Python modules lean on C helpers such as {@code _thread} or {@code sys._getframe}.
 */
public final class LoopLabModule {
    private LoopLabModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_looplab");
        function(m, "write", (a, k) -> {
            Args.exactly("write", a, k, 2);
            interp.write(a[0].isTrue(), a[1].str());
            return PyNone.NONE;
        });
        function(m, "exc_info", (a, k) -> orNone(Tracebacks.currentlyHandled(interp)));
        function(m, "format_exception", (a, k) -> PyStr.of(Tracebacks.format(exception(a), interp.sources)));
        function(m, "format_exception_only", (a, k) -> PyStr.of(Tracebacks.formatOnly(exception(a))));
        function(m, "traceback_entries", (a, k) -> tracebackEntries(interp, exception(a)));
        function(m, "caller", (a, k) -> caller(interp, a.length == 0 ? 0 : ((PyInt) a[0]).intValue()));
        function(m, "set_metatype", (a, k) -> {
            Args.exactly("set_metatype", a, k, 2);
            ((PyType) a[0]).setMetatype((PyType) a[1]);
            return PyNone.NONE;
        });
        function(m, "construct", (a, k) -> {
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return ((PyType) a[0]).construct(rest, k);
        });
        function(m, "get_context", (a, k) -> orNone(interp.threadState.context));
        function(m, "set_context", (a, k) -> {
            interp.threadState.context = a[0] == PyNone.NONE ? null : a[0];
            return PyNone.NONE;
        });
        function(m, "recursion_limit", (a, k) -> PyInt.of(interp.recursionLimit()));
        function(m, "is_exception", (a, k) -> PyBool.of(a[0] instanceof PyBaseException));
        return m;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyBaseException exception(PyObject[] args) {
        if (args.length != 1 || !(args[0] instanceof PyBaseException exc)) {
            throw Errors.typeError("an exception instance is required");
        }
        return exc;
    }

    /** (filename, lineno, name, line) for each frame of the traceback, outermost first, as traceback.extract_tb. */
    private static PyObject tracebackEntries(Interpreter interp, PyBaseException exc) {
        List<PyObject> out = new ArrayList<>();
        List<PyBaseException.TracebackEntry> entries = new ArrayList<>(exc.traceback);
        java.util.Collections.reverse(entries);
        for (PyBaseException.TracebackEntry e : entries) {
            String text = interp.sources.line(e.fileName(), e.line());
            out.add(new PyTuple(PyStr.of(e.fileName()), PyInt.of(e.line()), PyStr.of(e.function()),
                    text == null ? PyNone.NONE : PyStr.of(text)));
        }
        return new PyList(out);
    }

    /** (filename, lineno, function name) of the frame depth levels above the one calling caller(). */
    private static PyObject caller(Interpreter interp, int depth) {
        Frame f = interp.currentFrame();
        for (int i = 0; i < depth && f != null && f.back != null; i++) {
            f = f.back;
        }
        if (f == null) {
            return new PyTuple(PyStr.of("(unknown file)"), PyInt.of(0), PyStr.of("(unknown function)"));
        }
        return new PyTuple(PyStr.of(f.code.fileName), PyInt.of(f.line()), PyStr.of(f.code.name));
    }
}
