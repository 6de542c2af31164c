package looplab.language.ast;

/** Unary operators, as in CPython's {@code ast.unaryop}. */
public enum UnaryOperator {
    INVERT, NOT, UADD, USUB
}
