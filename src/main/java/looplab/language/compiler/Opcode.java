package looplab.language.compiler;

/**
 * The bytecode instruction set. An instruction is one int: the opcode in the low 8 bits, its argument in the
 * upper 24. Names follow CPython's dis where the operation is the same; exception handling uses a runtime block
 * stack (SETUP_FINALLY / POP_BLOCK) as CPython 3.10 did, which keeps the compiler free of stack-depth analysis.
 */
public final class Opcode {
    public static final int NOP = 0;
    public static final int POP_TOP = 1;
    public static final int COPY = 2;            // push a copy of the n-th item (1 = top)
    public static final int SWAP = 3;            // swap top with the n-th item
    public static final int LOAD_CONST = 4;
    public static final int LOAD_FAST = 5;
    public static final int STORE_FAST = 6;
    public static final int DELETE_FAST = 7;
    public static final int LOAD_DEREF = 8;
    public static final int STORE_DEREF = 9;
    public static final int DELETE_DEREF = 10;
    public static final int LOAD_CLOSURE = 11;
    public static final int LOAD_GLOBAL = 12;
    public static final int STORE_GLOBAL = 13;
    public static final int DELETE_GLOBAL = 14;
    public static final int LOAD_NAME = 15;
    public static final int STORE_NAME = 16;
    public static final int DELETE_NAME = 17;
    public static final int LOAD_CLASSDEREF = 18;
    public static final int LOAD_ATTR = 19;
    public static final int STORE_ATTR = 20;
    public static final int DELETE_ATTR = 21;
    public static final int LOAD_METHOD = 22;
    public static final int PUSH_NULL = 23;
    public static final int CALL = 24;
    public static final int KW_NAMES = 25;
    public static final int CALL_FUNCTION_EX = 26;
    public static final int BINARY_OP = 27;      // arg: BinaryOp ordinal, | INPLACE for augmented assignment
    public static final int UNARY_NEGATIVE = 28;
    public static final int UNARY_POSITIVE = 29;
    public static final int UNARY_INVERT = 30;
    public static final int UNARY_NOT = 31;
    public static final int COMPARE_OP = 32;
    public static final int IS_OP = 33;
    public static final int CONTAINS_OP = 34;
    public static final int BINARY_SUBSCR = 35;
    public static final int STORE_SUBSCR = 36;
    public static final int DELETE_SUBSCR = 37;
    public static final int BUILD_SLICE = 38;
    public static final int BUILD_TUPLE = 39;
    public static final int BUILD_LIST = 40;
    public static final int BUILD_SET = 41;
    public static final int BUILD_MAP = 42;
    public static final int BUILD_STRING = 43;
    public static final int LIST_APPEND = 44;
    public static final int SET_ADD = 45;
    public static final int MAP_ADD = 46;
    public static final int LIST_EXTEND = 47;
    public static final int SET_UPDATE = 48;
    public static final int DICT_UPDATE = 49;
    public static final int DICT_MERGE = 50;
    public static final int LIST_TO_TUPLE = 51;
    public static final int FORMAT_VALUE = 52;
    public static final int JUMP = 53;
    public static final int POP_JUMP_IF_FALSE = 54;
    public static final int POP_JUMP_IF_TRUE = 55;
    public static final int JUMP_IF_FALSE_OR_POP = 56;
    public static final int JUMP_IF_TRUE_OR_POP = 57;
    public static final int GET_ITER = 58;
    public static final int FOR_ITER = 59;
    public static final int UNPACK_SEQUENCE = 60;
    public static final int UNPACK_EX = 61;
    public static final int RETURN_VALUE = 62;
    public static final int YIELD_VALUE = 63;
    public static final int YIELD_FROM = 64;
    public static final int GET_AWAITABLE = 65;
    public static final int GET_AITER = 66;
    public static final int GET_ANEXT = 67;
    public static final int END_ASYNC_FOR = 68;
    public static final int GET_YIELD_FROM_ITER = 69;
    public static final int RAISE_VARARGS = 70;
    public static final int RERAISE_RESTORE = 71; // exc = pop; drop n-1; handled = pop; raise exc again
    public static final int PUSH_EXC_INFO = 72;
    public static final int POP_EXCEPT = 73;
    public static final int CHECK_EXC_MATCH = 74;
    public static final int SETUP_FINALLY = 75;
    public static final int POP_BLOCK = 76;
    public static final int BEFORE_WITH = 77;
    public static final int BEFORE_ASYNC_WITH = 78;
    public static final int WITH_EXIT = 79;       // call __exit__(None, None, None) and drop the result
    public static final int ASYNC_WITH_EXIT = 80; // push the awaitable of __aexit__(None, None, None)
    public static final int WITH_EXCEPT_START = 81;
    public static final int MAKE_FUNCTION = 82;
    public static final int BUILD_CLASS = 83;
    public static final int IMPORT_NAME = 84;
    public static final int IMPORT_FROM = 85;
    public static final int IMPORT_STAR = 86;
    public static final int SETUP_ANNOTATIONS = 87;
    public static final int LOAD_ASSERTION_ERROR = 88;
    public static final int CHECK_EG_MATCH = 89;
    public static final int PREP_RERAISE_STAR = 90;
    public static final int POP_JUMP_IF_NONE = 91;
    public static final int POP_JUMP_IF_NOT_NONE = 92;
    public static final int MATCH_CLASS = 93;
    public static final int MATCH_MAPPING = 94;
    public static final int MATCH_SEQUENCE = 95;
    public static final int MATCH_KEYS = 96;
    public static final int GET_LEN = 97;
    public static final int RERAISE = 98;         // raise TOS again without adding a traceback line
    public static final int MATCH_REST = 99;      // [mapping, keys] -> dict of the other items (for **rest)

    /** Flag in BUILD_CLASS's argument: a metaclass= keyword was given (on top of the bases). */
    public static final int BUILD_CLASS_METACLASS = 0x10000;
    /** Flag in BUILD_CLASS's argument: a dict of the other class keywords (for __init_subclass__) is below it. */
    public static final int BUILD_CLASS_KEYWORDS = 0x20000;

    /** Flag in BINARY_OP's argument: the in-place form (a += b). */
    public static final int INPLACE = 0x80;

    private Opcode() {
    }

    public static int encode(int op, int arg) {
        return op | (arg << 8);
    }
}
