package looplab.language.ast;

/** {@code yield value}; value is null for a bare yield. */
public record Yield(Expr value, Pos pos) implements Expr {
}
