package looplab.vm;

import java.util.Set;

import static looplab.language.compiler.Opcode.*;

/** The match statement's runtime checks (CPython's MATCH_* instructions). */
final class Matching {
    /** Classes whose single positional sub-pattern matches the subject itself (int(x), str(s) …). */
    private static final Set<PyType> SELF_MATCHING = Set.of(PyBool.TYPE, PyDict.TYPE, PyFloat.TYPE, PySet.FROZEN_TYPE,
            PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE);

    private Matching() {
    }

    static int execute(int opcode, int arg, PyObject[] stack, int sp) {
        switch (opcode) {
            case MATCH_SEQUENCE -> {
                PyObject subject = stack[sp - 1];
                stack[sp++] = PyBool.of(isSequence(subject));
            }
            case MATCH_MAPPING -> {
                PyObject subject = stack[sp - 1];
                stack[sp++] = PyBool.of(isMapping(subject));
            }
            case MATCH_KEYS -> stack[sp - 1] = values(stack[sp - 2], (PyTuple) stack[sp - 1]);
            case MATCH_REST -> {
                PyObject keys = stack[--sp];
                stack[sp - 1] = rest(stack[sp - 1], (PyTuple) keys);
            }
            case MATCH_CLASS -> {
                PyTuple names = (PyTuple) stack[--sp];
                PyObject cls = stack[--sp];
                stack[sp - 1] = attributes(stack[sp - 1], cls, arg, names);
            }
            default -> throw new IllegalStateException("not a match instruction: " + opcode);
        }
        return sp;
    }

    private static boolean isSequence(PyObject v) {
        if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) {
            return true;
        }
        if (v instanceof PyStr || v instanceof PyDict) {
            return false;
        }
        return v.type().lookup("__match_sequence__") != null;
    }

    private static boolean isMapping(PyObject v) {
        if (v instanceof PyDict) {
            return true;
        }
        return v instanceof PyInstance && v.type().lookup("keys") != null && v.type().lookup("__getitem__") != null
                && !isSequence(v);
    }

    private static PyObject values(PyObject mapping, PyTuple keys) {
        PyObject[] out = new PyObject[keys.size()];
        for (int i = 0; i < out.length; i++) {
            PyObject key = keys.get(i);
            if (mapping instanceof PyDict d) {
                out[i] = d.get(key);
            } else {
                try {
                    out[i] = mapping.getItem(key);
                } catch (PyException e) {
                    if (!e.matches(ExceptionTypes.KEY_ERROR)) {
                        throw e;
                    }
                    out[i] = null;
                }
            }
            if (out[i] == null) {
                return PyNone.NONE;
            }
        }
        return new PyTuple(out);
    }

    private static PyObject rest(PyObject mapping, PyTuple keys) {
        PyDict copy = new PyDict();
        DictMethods.update(copy, mapping);
        for (PyObject key : keys.items) {
            copy.remove(key);
        }
        return copy;
    }

    private static PyObject attributes(PyObject subject, PyObject cls, int positional, PyTuple names) {
        if (!(cls instanceof PyType type)) {
            throw Errors.typeError("called match pattern must be a class");
        }
        if (!subject.type().isSubtypeOf(type)) {
            return PyNone.NONE;
        }
        PyObject[] out = new PyObject[positional + names.size()];
        if (positional > 0) {
            if (SELF_MATCHING.stream().anyMatch(type::isSubtypeOf) && type.lookup("__match_args__") == null) {
                if (positional > 1) {
                    throw Errors.typeError(type.name() + "() accepts 1 positional sub-pattern (" + positional + " given)");
                }
                out[0] = subject;
            } else {
                PyObject matchArgs = type.lookup("__match_args__");
                PyObject[] attrNames = matchArgs == null ? new PyObject[0] : Sequences.toArray(matchArgs);
                if (positional > attrNames.length) {
                    throw Errors.typeError(type.name() + "() accepts " + attrNames.length + " positional sub-pattern"
                            + (attrNames.length == 1 ? "" : "s") + " (" + positional + " given)");
                }
                for (int i = 0; i < positional; i++) {
                    out[i] = subject.lookupAttr(attrNames[i].str());
                    if (out[i] == null) {
                        return PyNone.NONE;
                    }
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            out[positional + i] = subject.lookupAttr(names.get(i).str());
            if (out[positional + i] == null) {
                return PyNone.NONE;
            }
        }
        return new PyTuple(out);
    }
}
