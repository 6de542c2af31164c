package looplab.vm;

import java.util.ArrayList;
import java.util.List;

/** except* (PEP 654): splitting exception groups by type and re-raising what no handler took. */
final class ExceptStar {
    private ExceptStar() {
    }

    /** CHECK_EG_MATCH: [.., rest, type] → [.., rest', match-or-None]. */
    static int checkMatch(PyObject[] stack, int sp, PyObject type) {
        PyObject rest = stack[sp - 1];
        if (type instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)
                || type instanceof PyTuple tt && List.of(tt.items).stream().anyMatch(
                        x -> x instanceof PyType xt && xt.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP))) {
            throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        if (rest == PyNone.NONE) {
            stack[sp++] = PyNone.NONE;
            return sp;
        }
        PyBaseException exc = (PyBaseException) rest;
        if (!isGroup(exc)) {
            if (CallSupport.exceptionMatches(exc, type)) {
                PyBaseException wrapped = ExceptionGroups.create(PyStr.EMPTY, List.of(exc));
                stack[sp - 1] = PyNone.NONE;
                stack[sp++] = wrapped;
            } else {
                stack[sp++] = PyNone.NONE;
            }
            return sp;
        }
        PyBaseException[] split = ExceptionGroups.split(exc, e -> CallSupport.exceptionMatches(e, type));
        stack[sp - 1] = split[1] == null ? PyNone.NONE : split[1];
        stack[sp++] = split[0] == null ? PyNone.NONE : split[0];
        return sp;
    }

    /** PREP_RERAISE_STAR: [.., raised list, rest] → [.., exception to raise or None]. */
    static int prepReraise(PyObject[] stack, int sp) {
        PyObject rest = stack[--sp];
        stack[sp] = null;
        PyList raised = (PyList) stack[sp - 1];
        List<PyBaseException> all = new ArrayList<>();
        for (int i = 0; i < raised.size(); i++) {
            all.add((PyBaseException) raised.get(i));
        }
        PyObject result;
        if (all.isEmpty()) {
            result = rest;
        } else {
            if (rest != PyNone.NONE) {
                all.add((PyBaseException) rest);
            }
            result = all.size() == 1 ? all.get(0) : ExceptionGroups.create(PyStr.EMPTY, all);
        }
        stack[sp - 1] = result;
        return sp;
    }

    static boolean isGroup(PyBaseException e) {
        return e.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP);
    }
}
