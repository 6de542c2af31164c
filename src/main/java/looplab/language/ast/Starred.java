package looplab.language.ast;

/** *value */
public record Starred(Expr value, Pos pos) implements Expr {
}
