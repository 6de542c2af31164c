package looplab.language.ast;

import java.util.List;

/** case Point(x, y=0) */
public record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns, Pos pos) implements Pattern {
}
