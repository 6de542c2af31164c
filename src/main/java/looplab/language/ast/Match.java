package looplab.language.ast;

import java.util.List;

/** match subject: case ... */
public record Match(Expr subject, List<MatchCase> cases, Pos pos) implements Stmt {
}
