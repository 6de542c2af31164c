package looplab.language.ast;

/** One replacement field of an f-string; conversion is -1, 's', 'r' or 'a'; formatSpec is a JoinedStr or null. */
public record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {
}
