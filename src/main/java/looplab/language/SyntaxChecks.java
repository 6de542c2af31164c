package looplab.language;

import java.util.List;

import looplab.language.ast.*;
import looplab.language.ast.Module;

/**
 * The SyntaxErrors CPython raises after parsing (in its symtable and compiler): {@code return}, {@code yield},
 * {@code await}, {@code break} and {@code continue} in the wrong place, {@code nonlocal} at module level; and the
 * assignment-target rules the parser applies as it reads ({@code cannot assign to literal}).
 */
final class SyntaxChecks {
    enum TargetKind { ASSIGN, FOR, DEL }

    /** Where a statement sits: what the placement rules need to know. */
    private record Scope(boolean inFunction, boolean async, boolean inLoop) {
    }

    private final SourceLines lines;

    private SyntaxChecks(SourceLines lines) {
        this.lines = lines;
    }

    static void check(Module module, SourceLines lines) {
        new SyntaxChecks(lines).statements(module.body(), new Scope(false, false, false), true);
    }

    // ---- statement placement -------------------------------------------------------------------------------

    private void statements(List<Stmt> body, Scope scope, boolean moduleLevel) {
        for (Stmt s : body) {
            statement(s, scope, moduleLevel);
        }
    }

    private void statement(Stmt s, Scope scope, boolean moduleLevel) {
        if (s instanceof FunctionDef f) {
            function(f.args(), f.decoratorList(), f.returns(), f.body(), false, scope,
                moduleLevel);
        } else if (s instanceof AsyncFunctionDef f) {
            function(f.args(), f.decoratorList(), f.returns(), f.body(), true, scope,
                moduleLevel);
        } else if (s instanceof ClassDef c) {
            expressions(c.bases(), scope);
            c.keywords().forEach(k -> expression(k.value(), scope));
            expressions(c.decoratorList(), scope);
            statements(c.body(), new Scope(false, false, false), false);
        } else if (s instanceof Return r) {
            if (!scope.inFunction()) {
                throw error(r.pos(), "'return' outside function");
            }
            expression(r.value(), scope);
        } else if (s instanceof Break b) {
            if (!scope.inLoop()) {
                throw error(b.pos(), "'break' outside loop");
            }
        } else if (s instanceof Continue c) {
            if (!scope.inLoop()) {
                throw error(c.pos(), "'continue' not properly in loop");
            }
        } else if (s instanceof Nonlocal n) {
            if (moduleLevel) {
                throw error(n.pos(), "nonlocal declaration not allowed at module level");
            }
        } else if (s instanceof For f) {
            loop(f.target(), f.iter(), f.body(), f.orelse(), scope, moduleLevel);
        } else if (s instanceof AsyncFor f) {
            if (!scope.async()) {
                throw error(f.pos(), "'async for' outside async function");
            }
            loop(f.target(), f.iter(), f.body(), f.orelse(), scope, moduleLevel);
        } else if (s instanceof While w) {
            loop(null, w.test(), w.body(), w.orelse(), scope, moduleLevel);
        } else if (s instanceof If i) {
            expression(i.test(), scope);
            statements(i.body(), scope, moduleLevel);
            statements(i.orelse(), scope, moduleLevel);
        } else if (s instanceof With w) {
            withStatement(w.items(), w.body(), scope, moduleLevel);
        } else if (s instanceof AsyncWith w) {
            if (!scope.async()) {
                throw error(w.pos(), "'async with' outside async function");
            }
            withStatement(w.items(), w.body(), scope, moduleLevel);
        } else if (s instanceof Try t) {
            tryStatement(t.body(), t.handlers(), t.orelse(), t.finalbody(), scope, moduleLevel);
        } else if (s instanceof TryStar t) {
            tryStatement(t.body(), t.handlers(), t.orelse(), t.finalbody(), scope, moduleLevel);
        } else if (s instanceof Match m) {
            expression(m.subject(), scope);
            for (MatchCase c : m.cases()) {
                expression(c.guard(), scope);
                statements(c.body(), scope, moduleLevel);
            }
        } else {
            childExpressions(s, scope);
        }
    }

    private void childExpressions(Stmt s, Scope scope) {
        if (s instanceof ExprStmt e) {
            expression(e.value(), scope);
        } else if (s instanceof Assign a) {
            expressions(a.targets(), scope);
            expression(a.value(), scope);
        } else if (s instanceof AugAssign a) {
            expression(a.target(), scope);
            expression(a.value(), scope);
        } else if (s instanceof AnnAssign a) {
            expression(a.target(), scope);
            expression(a.annotation(), scope);
            expression(a.value(), scope);
        } else if (s instanceof Delete d) {
            expressions(d.targets(), scope);
        } else if (s instanceof Raise r) {
            expression(r.exc(), scope);
            expression(r.cause(), scope);
        } else if (s instanceof Assert a) {
            expression(a.test(), scope);
            expression(a.msg(), scope);
        } else {
        }
    }

    private void function(Arguments args, List<Expr> decorators, Expr returns, List<Stmt> body, boolean async,
                          Scope scope, boolean moduleLevel) {
        expressions(decorators, scope);
        expressions(args.defaults(), scope);
        args.kwDefaults().forEach(d -> expression(d, scope));
        expression(returns, scope);
        statements(body, new Scope(true, async, false), false);
    }

    private void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Scope scope,
                      boolean moduleLevel) {
        expression(target, scope);
        expression(iter, scope);
        statements(body, new Scope(scope.inFunction(), scope.async(), true), moduleLevel);
        statements(orelse, scope, moduleLevel);
    }

    private void withStatement(List<WithItem> items, List<Stmt> body, Scope scope, boolean moduleLevel) {
        for (WithItem item : items) {
            expression(item.contextExpr(), scope);
            expression(item.optionalVars(), scope);
        }
        statements(body, scope, moduleLevel);
    }

    private void tryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                              List<Stmt> finalbody, Scope scope, boolean moduleLevel) {
        statements(body, scope, moduleLevel);
        for (ExceptHandler h : handlers) {
            expression(h.type(), scope);
            statements(h.body(), scope, moduleLevel);
        }
        statements(orelse, scope, moduleLevel);
        statements(finalbody, scope, moduleLevel);
    }

    // ---- expression placement (yield, await) ------------------------------------------------------------------

    private void expressions(List<Expr> exprs, Scope scope) {
        for (Expr e : exprs) {
            expression(e, scope);
        }
    }

    private void expression(Expr e, Scope scope) {
        if (e == null) {
            return;
        }
        if (e instanceof Yield y) {
            if (!scope.inFunction()) {
                throw error(y.pos(), "'yield' outside function");
            }
            expression(y.value(), scope);
        } else if (e instanceof YieldFrom y) {
            if (!scope.inFunction()) {
                throw error(y.pos(), "'yield' outside function");
            }
            if (scope.async()) {
                throw error(y.pos(), "'yield from' inside async function");
            }
            expression(y.value(), scope);
        } else if (e instanceof Await a) {
            if (!scope.inFunction()) {
                throw error(a.pos(), "'await' outside function");
            }
            if (!scope.async()) {
                throw error(a.pos(), "'await' outside async function");
            }
            expression(a.value(), scope);
        } else if (e instanceof Lambda l) {
            expressions(l.args().defaults(), scope);
            l.args().kwDefaults().forEach(d -> expression(d, scope));
            expression(l.body(), new Scope(true, false, false));
        } else {
            ExprChildren.forEach(e, child -> expression(child, scope));
        }
    }

    private PythonSyntaxError error(Pos pos, String message) {
        return new PythonSyntaxError("SyntaxError", message, pos.line(), pos.col() + 1, pos.endLine(),
                pos.endCol() + 1, lines.lineText(pos.line()));
    }

    // ---- assignment targets (used by the parser) --------------------------------------------------------------

    /** Raises CPython's "cannot assign to ..." / "cannot delete ..." if {@code target} cannot be assigned. */
    static void checkTarget(Expr target, TargetKind kind, ParserBase parser) {
        Expr invalid = invalidTarget(target, kind);
        if (invalid != null) {
            String verb = kind == TargetKind.DEL ? "cannot delete " : "cannot assign to ";
            throw parser.errorAt(invalid, verb + describe(invalid));
        }
    }

    /** As CPython's {@code _PyPegen_get_invalid_target}: the first part of a target that cannot be bound. */
    static Expr invalidTarget(Expr e, TargetKind kind) {
        if (e instanceof looplab.language.ast.List l) {
            return firstInvalid(l.elts(), kind);
        } else if (e instanceof Tuple t) {
            return firstInvalid(t.elts(), kind);
        } else if (e instanceof Starred s) {
            return kind == TargetKind.DEL ? e : invalidTarget(s.value(), kind);
        } else if (e instanceof Compare c) {
            if (kind == TargetKind.FOR && c.ops().get(0) == CmpOp.IN) {
                return invalidTarget(c.left(), kind);
            }
            return e;
        } else if (e instanceof Name n) {
            return null;
        } else if (e instanceof Attribute a) {
            return null;
        } else if (e instanceof Subscript s) {
            return null;
        } else {
            return e;
        }
    }

    private static Expr firstInvalid(List<Expr> elts, TargetKind kind) {
        for (Expr elt : elts) {
            Expr invalid = invalidTarget(elt, kind);
            if (invalid != null) {
                return invalid;
            }
        }
        return null;
    }

    /** What CPython calls an expression in its messages ({@code _PyPegen_get_expr_name}). */
    static String describe(Expr e) {
        if (e instanceof Attribute) {
            return "attribute";
        }
        if (e instanceof Subscript) {
            return "subscript";
        }
        if (e instanceof Starred) {
            return "starred";
        }
        if (e instanceof Name) {
            return "name";
        }
        if (e instanceof looplab.language.ast.List) {
            return "list";
        }
        if (e instanceof Tuple) {
            return "tuple";
        }
        if (e instanceof Lambda) {
            return "lambda";
        }
        if (e instanceof Call) {
            return "function call";
        }
        if (e instanceof BoolOp) {
            return "expression";
        }
        if (e instanceof BinOp) {
            return "expression";
        }
        if (e instanceof UnaryOp) {
            return "expression";
        }
        if (e instanceof GeneratorExp) {
            return "generator expression";
        }
        if (e instanceof Yield) {
            return "yield expression";
        }
        if (e instanceof YieldFrom) {
            return "yield expression";
        }
        if (e instanceof Await) {
            return "await expression";
        }
        if (e instanceof ListComp) {
            return "list comprehension";
        }
        if (e instanceof SetComp) {
            return "set comprehension";
        }
        if (e instanceof DictComp) {
            return "dict comprehension";
        }
        if (e instanceof Dict) {
            return "dict literal";
        }
        if (e instanceof looplab.language.ast.Set) {
            return "set display";
        }
        if (e instanceof JoinedStr) {
            return "f-string expression";
        }
        if (e instanceof FormattedValue) {
            return "f-string expression";
        }
        if (e instanceof Compare) {
            return "comparison";
        }
        if (e instanceof IfExp) {
            return "conditional expression";
        }
        if (e instanceof NamedExpr) {
            return "named expression";
        }
        if (e instanceof Slice) {
            return "slice";
        }
        return describeConstant(((Constant) e).value());
    }

    private static String describeConstant(Object value) {
        if (value == ConstantSingleton.NONE) {
            return "None";
        }
        if (value == ConstantSingleton.ELLIPSIS) {
            return "ellipsis";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return "literal";
    }

    /** Whether the expression could have come from CPython's bitwise_or rule (no comparison, not, and/or, if). */
    static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof Compare || e instanceof BoolOp || e instanceof IfExp || e instanceof Lambda
                || e instanceof NamedExpr || e instanceof Starred
                || (e instanceof UnaryOp u && u.op() == UnaryOperator.NOT));
    }

    static boolean isDisjunctionLevel(Expr e) {
        return !(e instanceof IfExp || e instanceof Lambda || e instanceof NamedExpr || e instanceof Starred);
    }

    /** The targets for which CPython's "Maybe you meant '=='" hint is not given. */
    static boolean isExcludedFromEqualsHint(Expr e) {
        return e instanceof looplab.language.ast.List || e instanceof Tuple || e instanceof GeneratorExp
                || (e instanceof Constant c && (c.value() instanceof Boolean || c.value() == ConstantSingleton.NONE));
    }

    static boolean isSoftKeyword(String name) {
        return name.equals("match") || name.equals("case") || name.equals("_");
    }
}
