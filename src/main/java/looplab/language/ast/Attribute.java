package looplab.language.ast;

/** value.attr */
public record Attribute(Expr value, String attr, Pos pos) implements Expr {
}
