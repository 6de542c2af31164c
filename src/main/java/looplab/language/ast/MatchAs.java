package looplab.language.ast;

/** {@code p as name}; a bare name has a null pattern, {@code _} has both null. */
public record MatchAs(Pattern pattern, String name, Pos pos) implements Pattern {
}
