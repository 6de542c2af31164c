package looplab.language.ast;

/** case 1 / case Color.RED */
public record MatchValue(Expr value, Pos pos) implements Pattern {
}
