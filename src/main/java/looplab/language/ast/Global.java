package looplab.language.ast;

import java.util.List;

/** global a, b */
public record Global(List<String> names, Pos pos) implements Stmt {
}
