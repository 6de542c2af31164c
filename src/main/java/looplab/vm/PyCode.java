package looplab.vm;

/** A compiled code object: one function body, class body, comprehension or module. */
public final class PyCode {
    public static final int VARARGS = 1;
    public static final int VARKEYWORDS = 2;
    public static final int GENERATOR = 4;
    public static final int COROUTINE = 8;
    public static final int ASYNC_GENERATOR = 16;

    public final String name;
    public final String qualname;
    public final String fileName;
    public final int firstLine;
    public final int[] code;
    /** Source line of each instruction. */
    public final int[] lines;
    /** True where an instruction starts a new source line (for line tracing). */
    public final boolean[] lineStarts;
    public final PyObject[] consts;
    public final String[] names;
    /** Fast locals: parameters first, then other local variables. */
    public final String[] varnames;
    /** Cells created by this code (variables captured by inner functions) followed by free variables. */
    public final String[] cellvars;
    public final String[] freevars;
    /** For each cellvar, the index of the parameter it starts from, or -1. */
    public final int[] cellFromArg;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final int maxStack;
    public final int maxBlocks;
    /** The function's docstring, or null. */
    public final String doc;

    public PyCode(String name, String qualname, String fileName, int firstLine, int[] code, int[] lines,
                  PyObject[] consts, String[] names, String[] varnames, String[] cellvars, String[] freevars,
                  int[] cellFromArg, int argcount, int posonlyargcount, int kwonlyargcount, int flags,
                  int maxStack, int maxBlocks, String doc) {
        this.name = name;
        this.qualname = qualname;
        this.fileName = fileName;
        this.firstLine = firstLine;
        this.code = code;
        this.lines = lines;
        this.consts = consts;
        this.names = names;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cellFromArg = cellFromArg;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.maxStack = maxStack;
        this.maxBlocks = maxBlocks;
        this.doc = doc;
        this.lineStarts = new boolean[code.length];
        int last = -1;
        for (int i = 0; i < code.length; i++) {
            lineStarts[i] = lines[i] != last;
            last = lines[i];
        }
    }

    public boolean isGenerator() {
        return (flags & GENERATOR) != 0;
    }

    public boolean isCoroutine() {
        return (flags & COROUTINE) != 0;
    }

    public boolean isAsyncGenerator() {
        return (flags & ASYNC_GENERATOR) != 0;
    }

    /** Calling it creates a generator, coroutine or async generator instead of running the body. */
    public boolean isResumable() {
        return (flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR)) != 0;
    }

    public int lineAt(int ip) {
        if (ip < 0) {
            return firstLine;
        }
        return lines[Math.min(ip, lines.length - 1)];
    }

    public int totalCells() {
        return cellvars.length + freevars.length;
    }

    /** A PyObject wrapper so code objects can sit in constant pools. */
    public static final class Const extends PyObject {
        public static final PyType TYPE = PyType.builtin("code", Const.class);
        public final PyCode code;

        public Const(PyCode code) {
            this.code = code;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<code object " + code.name + ">";
        }
    }
}
