package looplab.language.ast;

import java.util.List;

/** {@code from ..module import names}; module is null for {@code from . import x}. */
public record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt {
}
