package looplab.language.ast;

/** pass */
public record Pass(Pos pos) implements Stmt {
}
