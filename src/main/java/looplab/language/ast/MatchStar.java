package looplab.language.ast;

/** {@code *name} in a sequence pattern; name is null for {@code *_}. */
public record MatchStar(String name, Pos pos) implements Pattern {
}
