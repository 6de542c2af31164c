package looplab.language.ast;

/** break */
public record Break(Pos pos) implements Stmt {
}
