package looplab.language.ast;

/** continue */
public record Continue(Pos pos) implements Stmt {
}
