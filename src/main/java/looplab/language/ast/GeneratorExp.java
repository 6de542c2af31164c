package looplab.language.ast;

import java.util.List;

/** (elt for ...) */
public record GeneratorExp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
}
