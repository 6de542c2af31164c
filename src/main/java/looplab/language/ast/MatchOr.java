package looplab.language.ast;

import java.util.List;

/** p1 | p2 */
public record MatchOr(List<Pattern> patterns, Pos pos) implements Pattern {
}
