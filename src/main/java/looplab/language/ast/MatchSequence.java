package looplab.language.ast;

import java.util.List;

/** case [a, *rest] */
public record MatchSequence(List<Pattern> patterns, Pos pos) implements Pattern {
}
