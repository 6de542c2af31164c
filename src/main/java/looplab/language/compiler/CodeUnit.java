package looplab.language.compiler;

/**
 * The compiler's output for one code object: bytecode (see {@link Opcode}), line table, constants and variable
 * layout. Constants are plain Java values (BigInteger, Double, String, Boolean, {@code ConstantSingleton},
 * {@code Object[]} for tuples, {@code String[]} for a call's keyword names, or a nested CodeUnit); the VM turns
 * them into Python objects when it loads the code. {@code doc} is the docstring of a function, or null.
 */
public record CodeUnit(String name, String qualname, String fileName, int firstLine, int[] code, int[] lines,
                       Object[] consts, String[] names, String[] varnames, String[] cellvars, String[] freevars,
                       int[] cellFromArg, int argcount, int posonlyargcount, int kwonlyargcount, int flags,
                       int maxStack, int maxBlocks, String doc) {
    public static final int VARARGS = 1;
    public static final int VARKEYWORDS = 2;
    public static final int GENERATOR = 4;
    public static final int COROUTINE = 8;
    public static final int ASYNC_GENERATOR = 16;

    /** Marks a constant tuple (so it is not confused with a keyword-names array). */
    public record ConstTuple(Object[] items) {
    }
}
