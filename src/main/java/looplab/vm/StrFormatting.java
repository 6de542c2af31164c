package looplab.vm;

import java.math.BigInteger;
import java.util.List;

import looplab.vm.format.FormatError;
import looplab.vm.format.PercentFormat;

/** str % args, through the format package's exact implementation of CPython's printf-style formatting. */
final class StrFormatting {
    private StrFormatting() {
    }

    private static final PercentFormat.Adapter ADAPTER = new PercentFormat.Adapter() {
        @Override
        public String str(Object value) {
            return ((PyObject) value).str();
        }

        @Override
        public String repr(Object value) {
            return ((PyObject) value).repr();
        }

        @Override
        public String ascii(Object value) {
            return Builtins.ascii(((PyObject) value).repr());
        }

        @Override
        public BigInteger asInteger(Object value) {
            if (value instanceof PyInt i) {
                return i.bigValue();
            }
            PyObject o = (PyObject) value;
            return o.type().lookup("__index__") != null ? Ops.index(o).bigValue() : null;
        }

        @Override
        public Double asDouble(Object value) {
            if (value instanceof PyFloat f) {
                return f.value;
            }
            PyObject o = (PyObject) value;
            return o.type().lookup("__float__") != null ? Ops.toDouble(o) : null;
        }

        @Override
        public boolean isTuple(Object value) {
            return value instanceof PyTuple;
        }

        @Override
        public List<Object> tupleItems(Object value) {
            return List.of((Object[]) ((PyTuple) value).items);
        }

        @Override
        public boolean isMapping(Object value) {
            return !(value instanceof PyTuple) && !(value instanceof PyStr)
                    && (value instanceof PyDict || ((PyObject) value).type().lookup("__getitem__") != null
                    || value instanceof PyList);
        }

        @Override
        public Object getItem(Object mapping, String key) {
            return ((PyObject) mapping).getItem(PyStr.of(key));
        }

        @Override
        public String typeName(Object value) {
            return ((PyObject) value).type().name();
        }
    };

    static String percent(String format, PyObject args) {
        try {
            return PercentFormat.format(format, args, ADAPTER);
        } catch (FormatError e) {
            throw Errors.raise(ExceptionTypes.ALL.getOrDefault(e.pythonType(), ExceptionTypes.VALUE_ERROR), e.getMessage());
        }
    }
}
