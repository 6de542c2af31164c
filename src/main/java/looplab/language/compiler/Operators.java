package looplab.language.compiler;

import looplab.language.ast.CmpOp;
import looplab.language.ast.Operator;

/** Maps AST operators to instruction arguments (the VM's BinaryOp and CompareOp ordinals). */
final class Operators {
    private Operators() {
    }

    /** Ordinal in looplab.vm.BinaryOp: ADD SUB MUL MATMUL TRUEDIV FLOORDIV MOD POW LSHIFT RSHIFT AND OR XOR. */
    static int binary(Operator op) {
        return switch (op) {
            case ADD -> 0;
            case SUB -> 1;
            case MULT -> 2;
            case MATMULT -> 3;
            case DIV -> 4;
            case FLOORDIV -> 5;
            case MOD -> 6;
            case POW -> 7;
            case LSHIFT -> 8;
            case RSHIFT -> 9;
            case BITAND -> 10;
            case BITOR -> 11;
            case BITXOR -> 12;
        };
    }

    /** Ordinal in looplab.vm.CompareOp: LT LE EQ NE GT GE; -1 for is/in, which have their own instructions. */
    static int compare(CmpOp op) {
        return switch (op) {
            case LT -> 0;
            case LT_E -> 1;
            case EQ -> 2;
            case NOT_EQ -> 3;
            case GT -> 4;
            case GT_E -> 5;
            default -> -1;
        };
    }
}
