package looplab.language.ast;

/** A name. */
public record Name(String id, Pos pos) implements Expr {
}
