package looplab.language.ast;

import java.util.List;

/** case {"k": p, **rest} */
public record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Pos pos) implements Pattern {
}
