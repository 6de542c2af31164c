package looplab.language.ast;

/** A literal; value is a BigInteger, Double, String, Boolean, byte[] or a {@link ConstantSingleton}. */
public record Constant(Object value, Pos pos) implements Expr {
}
