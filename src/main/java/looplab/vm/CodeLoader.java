package looplab.vm;

import java.math.BigInteger;

import looplab.language.ast.ConstantSingleton;
import looplab.language.compiler.CodeUnit;

/** Turns the compiler's {@link CodeUnit}s into the VM's {@link PyCode}s, making Python objects of the constants. */
public final class CodeLoader {
    private CodeLoader() {
    }

    public static PyCode load(CodeUnit unit) {
        PyObject[] consts = new PyObject[unit.consts().length];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = constant(unit.consts()[i]);
        }
        return new PyCode(unit.name(), unit.qualname(), unit.fileName(), unit.firstLine(), unit.code(), unit.lines(),
                consts, unit.names(), unit.varnames(), unit.cellvars(), unit.freevars(), unit.cellFromArg(),
                unit.argcount(), unit.posonlyargcount(), unit.kwonlyargcount(), unit.flags(), unit.maxStack(),
                unit.maxBlocks(), unit.doc());
    }

    static PyObject constant(Object value) {
        if (value == null) {
            return PyNone.NONE;
        } else if (value instanceof BigInteger i) {
            return PyInt.of(i);
        } else if (value instanceof Double d) {
            return PyFloat.of(d);
        } else if (value instanceof String s) {
            return PyStr.of(s);
        } else if (value instanceof Boolean b) {
            return PyBool.of(b);
        } else if (value instanceof ConstantSingleton s) {
            return s == ConstantSingleton.NONE ? PyNone.NONE : Builtins.ELLIPSIS;
        } else if (value instanceof String[] names) {
            return new KwNames(names);
        } else if (value instanceof CodeUnit.ConstTuple t) {
            PyObject[] items = new PyObject[t.items().length];
            for (int i = 0; i < items.length; i++) {
                items[i] = constant(t.items()[i]);
            }
            return new PyTuple(items);
        } else if (value instanceof CodeUnit u) {
            return new PyCode.Const(load(u));
        } else if (value instanceof byte[] bytes) {
            return PyBytes.of(bytes);
        }
        throw new IllegalArgumentException("unknown constant " + value.getClass());
    }
}
