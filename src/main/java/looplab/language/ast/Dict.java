package looplab.language.ast;

import java.util.List;

/** {@code {k: v, **m}}; a null key marks a {@code **m} unpacking. */
public record Dict(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {
}
