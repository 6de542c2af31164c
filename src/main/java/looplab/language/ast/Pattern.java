package looplab.language.ast;

/** A pattern of a {@code case} clause, as in CPython's {@code ast.pattern}. */
public sealed interface Pattern permits
        MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar,
        MatchAs, MatchOr {
    Pos pos();
}
