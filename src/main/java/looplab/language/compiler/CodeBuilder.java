package looplab.language.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static looplab.language.compiler.Opcode.*;

/** Accumulates one code object's instructions, constants and names while the compiler walks its body. */
final class CodeBuilder {
    /** A jump target; instructions that jump to it before it is placed are patched when it is. */
    static final class Label {
        int position = -1;
        final List<Integer> fixups = new ArrayList<>();
    }

    final Scope scope;
    final String name;
    final String qualname;
    final String fileName;
    final int firstLine;
    int[] code = new int[64];
    int[] lines = new int[64];
    int size;
    int line;
    private final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<String> cellvars;
    final List<String> freevars;
    int depth;
    int maxDepth;
    int maxBlocks;
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    int flags;

    CodeBuilder(Scope scope, String name, String qualname, String fileName, int firstLine) {
        this.scope = scope;
        this.name = name;
        this.qualname = qualname;
        this.fileName = fileName;
        this.firstLine = firstLine;
        this.line = firstLine;
        this.cellvars = new ArrayList<>(scope.cells);
        this.freevars = new ArrayList<>(scope.frees);
        if (scope.isFunction()) {
            varnames.addAll(scope.params);
        }
    }

    void emit(int op, int arg) {
        if (size == code.length) {
            code = Arrays.copyOf(code, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        code[size] = Opcode.encode(op, arg);
        lines[size] = line;
        size++;
        depth += stackEffect(op, arg);
        if (depth < 0) {
            depth = 0;
        }
        maxDepth = Math.max(maxDepth, depth);
        if (op == SETUP_FINALLY) {
            // Every SETUP_FINALLY counted: an upper bound on the runtime block stack that early exits cannot skew.
            maxBlocks++;
        }
    }

    void emit(int op) {
        emit(op, 0);
    }

    void emitJump(int op, Label target) {
        if (target.position >= 0) {
            emit(op, target.position);
        } else {
            target.fixups.add(size);
            emit(op, 0);
        }
    }

    void place(Label label) {
        label.position = size;
        for (int at : label.fixups) {
            code[at] = Opcode.encode(code[at] & 0xFF, size);
        }
        label.fixups.clear();
    }

    /** Where the exception machinery leaves the stack at a handler: the block's depth plus the exception. */
    void setDepth(int d) {
        depth = d;
        maxDepth = Math.max(maxDepth, d);
    }

    int constant(Object value) {
        Object key = value instanceof Double d ? List.of("float", Double.doubleToRawLongBits(d))
                : value == null ? List.of("none") : value instanceof Boolean b ? List.of("bool", b)
                : value instanceof CodeUnit || value instanceof Object[] || value instanceof CodeUnit.ConstTuple
                || value instanceof String[] ? new Object() : List.of(value.getClass().getName(), value);
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(key, i);
        }
        return i;
    }

    int name(String n) {
        Integer i = nameIndex.get(n);
        if (i == null) {
            i = names.size();
            names.add(n);
            nameIndex.put(n, i);
        }
        return i;
    }

    int local(String n) {
        int i = varnames.indexOf(n);
        if (i < 0) {
            varnames.add(n);
            i = varnames.size() - 1;
        }
        return i;
    }

    int cell(String n) {
        int i = cellvars.indexOf(n);
        if (i >= 0) {
            return i;
        }
        i = freevars.indexOf(n);
        if (i < 0) {
            throw new IllegalStateException("no cell for " + n);
        }
        return cellvars.size() + i;
    }

    CodeUnit build() {
        int[] cellFromArg = new int[cellvars.size()];
        for (int i = 0; i < cellFromArg.length; i++) {
            cellFromArg[i] = scope.isFunction() ? scope.params.indexOf(cellvars.get(i)) : -1;
        }
        return new CodeUnit(name, qualname, fileName, firstLine, Arrays.copyOf(code, size), Arrays.copyOf(lines, size),
                consts.toArray(), names.toArray(new String[0]), varnames.toArray(new String[0]),
                cellvars.toArray(new String[0]), freevars.toArray(new String[0]), cellFromArg, argcount,
                posonlyargcount, kwonlyargcount, flags, maxDepth + 4, maxBlocks);
    }

    static int stackEffect(int op, int arg) {
        return switch (op) {
            case NOP, SWAP, DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME, LOAD_ATTR, KW_NAMES,
                    UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT, LIST_TO_TUPLE, JUMP, GET_ITER,
                    YIELD_VALUE, GET_AWAITABLE, GET_AITER, GET_YIELD_FROM_ITER, CHECK_EXC_MATCH, CHECK_EG_MATCH,
                    SETUP_FINALLY, POP_BLOCK, ASYNC_WITH_EXIT, SETUP_ANNOTATIONS -> 0;
            case POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, DELETE_ATTR, BINARY_OP, COMPARE_OP,
                    IS_OP, CONTAINS_OP, BINARY_SUBSCR, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE,
                    DICT_MERGE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
                    JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, RETURN_VALUE, YIELD_FROM, RERAISE, POP_EXCEPT,
                    PREP_RERAISE_STAR, WITH_EXIT, IMPORT_NAME, IMPORT_STAR -> -1;
            case COPY, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_GLOBAL, LOAD_NAME, LOAD_CLASSDEREF,
                    LOAD_METHOD, PUSH_NULL, FOR_ITER, GET_ANEXT, PUSH_EXC_INFO, BEFORE_WITH, BEFORE_ASYNC_WITH,
                    WITH_EXCEPT_START, IMPORT_FROM, LOAD_ASSERTION_ERROR, GET_LEN -> 1;
            case STORE_ATTR, MAP_ADD, DELETE_SUBSCR, END_ASYNC_FOR -> -2;
            case MATCH_SEQUENCE, MATCH_MAPPING -> 1;
            case MATCH_KEYS -> 0;
            case MATCH_REST -> -1;
            case MATCH_CLASS -> -2;
            case STORE_SUBSCR -> -3;
            case CALL -> -(arg + 1);
            case CALL_FUNCTION_EX -> (arg & 1) != 0 ? -3 : -2;
            case BUILD_SLICE -> -(arg - 1);
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xFF) + (arg >> 8);
            case RAISE_VARARGS -> -arg;
            case RERAISE_RESTORE -> -(arg + 1);
            case MAKE_FUNCTION -> -Integer.bitCount(arg & 15);
            case BUILD_CLASS -> -(arg + 1);
            default -> 0;
        };
    }
}
