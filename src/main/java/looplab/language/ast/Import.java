package looplab.language.ast;

import java.util.List;

/** import a.b as c */
public record Import(List<Alias> names, Pos pos) implements Stmt {
}
