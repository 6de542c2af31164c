package looplab.language.ast;

/** Binary operators, as in CPython's {@code ast.operator}. */
public enum Operator {
    ADD, SUB, MULT, MATMULT, DIV, MOD, POW, LSHIFT, RSHIFT, BITOR, BITXOR, BITAND, FLOORDIV
}
