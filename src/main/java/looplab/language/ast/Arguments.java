package looplab.language.ast;

import java.util.List;

/** Parameters of a def or lambda; kwDefaults has a null entry for each keyword-only parameter without a default, defaults belong to the last positional parameters. */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
}
