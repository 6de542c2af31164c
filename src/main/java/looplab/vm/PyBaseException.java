package looplab.vm;

import java.util.ArrayList;
import java.util.List;

/** A Python exception object: an instance of BaseException or of any subclass, builtin or user-defined. */
public class PyBaseException extends PyInstance {

    /** One line of a traceback: where the exception passed through, innermost last once reversed. */
    public record TracebackEntry(String fileName, int line, String function) {
    }

    public PyTuple args;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /** Frames the exception has passed through, innermost first (it grows as the exception unwinds). */
    public final List<TracebackEntry> traceback = new ArrayList<>();
    public List<String> notes;

    public PyBaseException(PyType type, PyObject[] args) {
        super(type);
        this.args = new PyTuple(args);
    }

    public boolean isInstance(PyType t) {
        return type().isSubtypeOf(t);
    }

    /** The message part of "ValueError: message" in a traceback: str(exception). */
    @Override
    public String str() {
        PyObject custom = type().lookup("__str__");
        if (custom instanceof PyFunction) {
            return super.str();
        }
        return defaultStr();
    }

    String defaultStr() {
        if (type().isSubtypeOf(ExceptionTypes.KEY_ERROR) && args.size() == 1) {
            return Ops.repr(args.get(0));
        }
        if ((type().isSubtypeOf(ExceptionTypes.UNICODE_DECODE_ERROR)
                || type().isSubtypeOf(ExceptionTypes.UNICODE_ENCODE_ERROR)) && args.size() == 5) {
            return Codecs.message(this);
        }
        if (type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP) && args.size() == 2) {
            int n = args.get(1).len();
            return Ops.str(args.get(0)) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> Ops.str(args.get(0));
            default -> args.repr();
        };
    }

    @Override
    public String repr() {
        PyObject custom = type().lookup("__repr__");
        if (custom instanceof PyFunction) {
            return super.repr();
        }
        if ((type().isSubtypeOf(ExceptionTypes.UNICODE_DECODE_ERROR)
                || type().isSubtypeOf(ExceptionTypes.UNICODE_ENCODE_ERROR)) && args.size() == 5) {
            return Codecs.message(this);
        }
        if (type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP) && args.size() == 2) {
            return type().name() + "(" + Ops.repr(args.get(0)) + ", " + Ops.repr(args.get(1)) + ")";
        }
        String inner = args.size() == 1 ? Ops.repr(args.get(0)) : args.repr();
        if (args.size() != 1) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return type().name() + "(" + inner + ")";
    }

    @Override
    public PyObject lookupAttr(String name) {
        PyObject own = ownAttribute(name);
        if (own != null) {
            return own;
        }
        switch (name) {
            case "args":
                return args;
            case "__cause__":
                return cause == null ? PyNone.NONE : cause;
            case "__context__":
                return context == null ? PyNone.NONE : context;
            case "__suppress_context__":
                return PyBool.of(suppressContext);
            case "__traceback__":
                return PyNone.NONE;
            case "__notes__":
                if (notes != null) {
                    return new PyList(new java.util.ArrayList<>(notes.stream().map(n -> (PyObject) PyStr.of(n)).toList()));
                }
                break;
            default:
                break;
        }
        if (isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP) && args.size() == 2) {
            if (name.equals("message")) {
                return args.get(0);
            }
            if (name.equals("exceptions")) {
                return new PyTuple(Sequences.toArray(args.get(1)).clone());
            }
        }
        if (name.equals("value") && isInstance(ExceptionTypes.STOP_ITERATION)) {
            return args.size() > 0 ? args.get(0) : PyNone.NONE;
        }
        if (name.equals("code") && isInstance(ExceptionTypes.SYSTEM_EXIT)) {
            return args.size() == 0 ? PyNone.NONE : args.size() == 1 ? args.get(0) : args;
        }
        return super.lookupAttr(name);
    }

    @Override
    public void setAttr(String name, PyObject value) {
        switch (name) {
            case "args" -> args = new PyTuple(Sequences.toArray(value).clone());
            case "__cause__" -> {
                cause = value == PyNone.NONE ? null : (PyBaseException) value;
                suppressContext = true;
            }
            case "__context__" -> context = value == PyNone.NONE ? null : (PyBaseException) value;
            case "__suppress_context__" -> suppressContext = value.isTrue();
            case "__traceback__" -> { }
            default -> super.setAttr(name, value);
        }
    }

    public void addTraceback(String fileName, int line, String function) {
        traceback.add(new TracebackEntry(fileName, line, function));
    }

    /** "ValueError: msg", or just "ValueError" when the message is empty: the last line of a traceback. */
    public String summary() {
        String message = str();
        String name = type().isBuiltin() || type().module().equals("builtins") ? type().name()
                : type().module().equals("__main__") ? type().qualname() : type().module() + "." + type().qualname();
        return message.isEmpty() ? name : name + ": " + message;
    }

    /** Wraps this Python exception in the Java throwable the VM unwinds with. */
    public PyException toThrowable() {
        return new PyException(this);
    }
}
