package looplab.language.ast;

/** Boolean operators, as in CPython's {@code ast.boolop}. */
public enum BoolOperator {
    AND, OR
}
