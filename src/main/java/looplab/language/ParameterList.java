package looplab.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import looplab.language.ast.Arg;
import looplab.language.ast.Arguments;
import looplab.language.ast.Expr;

/** The parameter list of a def or lambda (CPython's {@code parameters} and {@code lambda_parameters} rules). */
final class ParameterList {
    private final ExpressionParser parser;
    private final boolean annotated;
    private final String closer;
    private final List<Arg> posonly = new ArrayList<>();
    private final List<Arg> positional = new ArrayList<>();
    private final List<Expr> defaults = new ArrayList<>();
    private final List<Arg> kwonly = new ArrayList<>();
    private final List<Expr> kwDefaults = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private Arg vararg;
    private Arg kwarg;
    private boolean sawStar;

    ParameterList(ExpressionParser parser, boolean annotated, String closer) {
        this.parser = parser;
        this.annotated = annotated;
        this.closer = closer;
    }

    Arguments parse() {
        while (!parser.checkOp(closer)) {
            if (kwarg != null) {
                throw parser.invalidSyntax();
            }
            if (parser.checkOp("/")) {
                slash();
            } else if (parser.checkOp("**")) {
                parser.advance();
                kwarg = parser.parameter(annotated, false);
                checkDuplicate(kwarg);
            } else if (parser.checkOp("*")) {
                star();
            } else {
                plainParameter();
            }
            if (!parser.matchOp(",")) {
                break;
            }
        }
        if (sawStar && vararg == null && kwonly.isEmpty()) {
            throw parser.errorAtLastToken("named arguments must follow bare *");
        }
        return new Arguments(posonly, positional, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private void slash() {
        Token slash = parser.advance();
        if (sawStar) {
            throw parser.errorAt(slash, "SyntaxError", "/ must be ahead of *");
        }
        if (!posonly.isEmpty()) {
            throw parser.errorAt(slash, "SyntaxError", "/ may appear only once");
        }
        if (positional.isEmpty()) {
            throw parser.errorAt(slash, "SyntaxError", "at least one argument must precede /");
        }
        posonly.addAll(positional);
        positional.clear();
    }

    private void star() {
        Token star = parser.advance();
        if (sawStar) {
            throw parser.errorAt(star, "SyntaxError", "* argument may appear only once");
        }
        sawStar = true;
        if (parser.checkOp(",") || parser.checkOp(closer)) {
            return;
        }
        vararg = parser.parameter(annotated, true);
        checkDuplicate(vararg);
    }

    private void plainParameter() {
        Arg arg = parser.parameter(annotated, false);
        checkDuplicate(arg);
        Expr value = null;
        if (parser.matchOp("=")) {
            value = parser.expression();
        }
        if (sawStar) {
            kwonly.add(arg);
            kwDefaults.add(value);
            return;
        }
        if (value != null) {
            defaults.add(value);
        } else if (!defaults.isEmpty()) {
            throw parser.errorAt(arg.pos(), "non-default argument follows default argument");
        }
        positional.add(arg);
    }

    private void checkDuplicate(Arg arg) {
        if (!names.add(arg.arg())) {
            throw parser.errorAt(arg.pos(), "duplicate argument '" + arg.arg() + "' in function definition");
        }
    }
}
