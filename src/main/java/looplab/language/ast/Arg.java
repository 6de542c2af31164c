package looplab.language.ast;

/** One parameter; annotation may be null. */
public record Arg(String arg, Expr annotation, Pos pos) {
}
