package looplab.language.ast;

import java.util.List;

/** {key: value for ...} */
public record DictComp(Expr key, Expr value, List<Comprehension> generators, Pos pos) implements Expr {
}
