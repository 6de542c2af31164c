package looplab.language.ast;

import java.util.List;

/** nonlocal a, b */
public record Nonlocal(List<String> names, Pos pos) implements Stmt {
}
