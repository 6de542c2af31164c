package looplab.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** BaseExceptionGroup and ExceptionGroup: construction rules, .exceptions, split() and subgroup(). */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    static void install() {
        ExceptionTypes.BASE_EXCEPTION_GROUP.factory(ExceptionGroups::construct);
        ExceptionTypes.BASE_EXCEPTION_GROUP.method("split", (args, kw) -> {
            PyObject type = args[1];
            PyBaseException[] parts = split((PyBaseException) args[0], e -> matcher(type).test(e));
            return new PyTuple(parts[0] == null ? PyNone.NONE : parts[0], parts[1] == null ? PyNone.NONE : parts[1]);
        });
        ExceptionTypes.BASE_EXCEPTION_GROUP.method("subgroup", (args, kw) -> {
            PyBaseException[] parts = split((PyBaseException) args[0], e -> matcher(args[1]).test(e));
            return parts[0] == null ? PyNone.NONE : parts[0];
        });
        ExceptionTypes.BASE_EXCEPTION_GROUP.method("derive", (args, kw) ->
                derive((PyBaseException) args[0], List.of(Sequences.toArray(args[1])).stream()
                        .map(x -> (PyBaseException) x).toList()));
    }

    private static Predicate<PyBaseException> matcher(PyObject condition) {
        if (condition instanceof PyType || condition instanceof PyTuple) {
            return e -> CallSupport.exceptionMatches(e, condition);
        }
        return e -> condition.call(e).isTrue();
    }

    private static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] positional = Args.positional(args, kwnames);
        if (positional.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + positional.length + " given)");
        }
        if (!(positional[0] instanceof PyStr)) {
            throw Errors.typeError("argument 1 must be str, not " + positional[0].type().name());
        }
        PyObject seq = positional[1];
        if (!(seq instanceof PyList || seq instanceof PyTuple) || seq.len() == 0) {
            throw Errors.typeError(seq instanceof PyList || seq instanceof PyTuple
                    ? "second argument (exceptions) must be a non-empty sequence"
                    : "second argument (exceptions) must be a sequence");
        }
        boolean allExceptions = true;
        for (PyObject e : Sequences.toArray(seq)) {
            if (!(e instanceof PyBaseException be)) {
                throw Errors.valueError("Item " + 0 + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= be.isInstance(ExceptionTypes.EXCEPTION);
        }
        PyType actual = type;
        if (type == ExceptionTypes.BASE_EXCEPTION_GROUP && allExceptions) {
            actual = ExceptionTypes.EXCEPTION_GROUP;
        } else if (type.isSubtypeOf(ExceptionTypes.EXCEPTION) && !allExceptions) {
            throw Errors.typeError("Cannot nest BaseExceptions in " + (type == ExceptionTypes.EXCEPTION_GROUP
                    ? "an ExceptionGroup" : "'" + type.name() + "'"));
        }
        return new PyBaseException(actual, new PyObject[] {positional[0], seq});
    }

    static PyBaseException create(PyStr message, List<PyBaseException> excs) {
        return (PyBaseException) construct(ExceptionTypes.BASE_EXCEPTION_GROUP,
                new PyObject[] {message, new PyList(new ArrayList<>(excs))}, Args.NO_KEYWORDS);
    }

    public static List<PyBaseException> exceptions(PyBaseException group) {
        List<PyBaseException> out = new ArrayList<>();
        for (PyObject e : Sequences.toArray(group.args.get(1))) {
            out.add((PyBaseException) e);
        }
        return out;
    }

    public static PyObject message(PyBaseException group) {
        return group.args.get(0);
    }

    private static PyBaseException derive(PyBaseException group, List<PyBaseException> excs) {
        PyBaseException derived = create((PyStr) message(group), excs);
        derived.cause = group.cause;
        derived.context = group.context;
        derived.traceback.addAll(group.traceback);
        return derived;
    }

    /** {match, rest}, each null when empty, keeping the nesting of the original group. */
    static PyBaseException[] split(PyBaseException exc, Predicate<PyBaseException> matches) {
        if (matches.test(exc)) {
            return new PyBaseException[] {exc, null};
        }
        if (!ExceptStar.isGroup(exc)) {
            return new PyBaseException[] {null, exc};
        }
        List<PyBaseException> matched = new ArrayList<>();
        List<PyBaseException> rest = new ArrayList<>();
        for (PyBaseException e : exceptions(exc)) {
            PyBaseException[] parts = split(e, matches);
            if (parts[0] != null) {
                matched.add(parts[0]);
            }
            if (parts[1] != null) {
                rest.add(parts[1]);
            }
        }
        return new PyBaseException[] {
            matched.isEmpty() ? null : derive(exc, matched),
            rest.isEmpty() ? null : derive(exc, rest)
        };
    }
}
