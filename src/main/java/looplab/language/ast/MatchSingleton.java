package looplab.language.ast;

/** case None / True / False: value is {@link ConstantSingleton#NONE} or a Boolean. */
public record MatchSingleton(Object value, Pos pos) implements Pattern {
}
