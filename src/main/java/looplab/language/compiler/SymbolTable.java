package looplab.language.compiler;

import java.util.List;

import looplab.language.ExprChildren;
import looplab.language.PythonSyntaxError;
import looplab.language.ast.*;
import looplab.language.ast.Module;

/**
 * Builds the scopes of a module (CPython's symtable.c): which names each function binds, which it captures from
 * enclosing functions (free variables) and which of its own variables inner functions capture (cells).
 */
final class SymbolTable {
    private final Scope.Table table = new Scope.Table();
    private Scope current;

    static Scope.Table build(Module module) {
        SymbolTable st = new SymbolTable();
        st.current = new Scope(Scope.Kind.MODULE, "<module>", null, false);
        st.table.module = st.current;
        st.table.byNode.put(module, st.current);
        st.statements(module.body());
        st.resolve(st.current);
        return st.table;
    }

    // ---- collecting --------------------------------------------------------------------------------------

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        if (s instanceof FunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
        } else if (s instanceof AsyncFunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
        } else if (s instanceof ClassDef c) {
            classDef(c);
        } else if (s instanceof Return r) {
            expr(r.value());
        } else if (s instanceof Delete d) {
            d.targets().forEach(this::target);
        } else if (s instanceof Assign a) {
                expr(a.value());
                a.targets().forEach(this::target);
            } else if (s instanceof AugAssign a) {
                expr(a.value());
                target(a.target());
                if (a.target() instanceof Name n) {
                    current.used.add(n.id());
                }
            } else if (s instanceof AnnAssign a) {
                expr(a.annotation());
                expr(a.value());
                if (a.value() != null || !(a.target() instanceof Name) || current.isFunction()) {
                    target(a.target());
                }
            } else if (s instanceof For f) { loop(f.target(), f.iter(), f.body(), f.orelse()); } else if (s instanceof AsyncFor f) { loop(f.target(), f.iter(), f.body(), f.orelse()); } else if (s instanceof While w) {
                expr(w.test());
                statements(w.body());
                statements(w.orelse());
            } else if (s instanceof If i) {
                expr(i.test());
                statements(i.body());
                statements(i.orelse());
            } else if (s instanceof With w) { withItems(w.items(), w.body()); } else if (s instanceof AsyncWith w) { withItems(w.items(), w.body()); } else if (s instanceof Match m) {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    expr(c.guard());
                    statements(c.body());
                }
            } else if (s instanceof Raise r) {
                expr(r.exc());
                expr(r.cause());
            } else if (s instanceof Try t) { tryStatement(t.body(), t.handlers(), t.orelse(), t.finalbody()); } else if (s instanceof TryStar t) { tryStatement(t.body(), t.handlers(), t.orelse(), t.finalbody()); } else if (s instanceof Assert a) {
                expr(a.test());
                expr(a.msg());
            } else if (s instanceof Import i) { i.names().forEach(alias -> bind(alias.asname() != null ? alias.asname()
                    : alias.name().split("\\.")[0])); } else if (s instanceof ImportFrom i) { i.names().forEach(alias -> {
                if (!alias.name().equals("*")) {
                    bind(alias.asname() != null ? alias.asname() : alias.name());
                }
            }); } else if (s instanceof Global g) { current.declaredGlobal.addAll(g.names()); } else if (s instanceof Nonlocal n) { current.declaredNonlocal.addAll(n.names()); } else if (s instanceof ExprStmt e) { expr(e.value()); } else if (s instanceof Pass p) { } else if (s instanceof Break b) { } else if (s instanceof Continue c) { }
    }

    private void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        expr(iter);
        target(target);
        statements(body);
        statements(orelse);
    }

    private void withItems(List<WithItem> items, List<Stmt> body) {
        for (WithItem item : items) {
            expr(item.contextExpr());
            if (item.optionalVars() != null) {
                target(item.optionalVars());
            }
        }
        statements(body);
    }

    private void tryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        statements(body);
        for (ExceptHandler h : handlers) {
            expr(h.type());
            if (h.name() != null) {
                bind(h.name());
            }
            statements(h.body());
        }
        statements(orelse);
        statements(finalbody);
    }

    private void function(Object node, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                          Expr returns, boolean async) {
        decorators.forEach(this::expr);
        argumentDefaultsAndAnnotations(args);
        expr(returns);
        bind(name);
        Scope scope = enter(node, Scope.Kind.FUNCTION, name, false);
        scope.coroutine = async;
        declareParameters(scope, args);
        statements(body);
        current = scope.parent;
    }

    private void argumentDefaultsAndAnnotations(Arguments args) {
        args.defaults().forEach(this::expr);
        args.kwDefaults().forEach(this::expr);
        for (Arg a : allArgs(args)) {
            expr(a.annotation());
        }
    }

    static List<Arg> allArgs(Arguments args) {
        java.util.List<Arg> all = new java.util.ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        all.addAll(args.kwonlyargs());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        return all;
    }

    private static void declareParameters(Scope scope, Arguments args) {
        args.posonlyargs().forEach(a -> scope.params.add(a.arg()));
        args.args().forEach(a -> scope.params.add(a.arg()));
        args.kwonlyargs().forEach(a -> scope.params.add(a.arg()));
        if (args.vararg() != null) {
            scope.params.add(args.vararg().arg());
        }
        if (args.kwarg() != null) {
            scope.params.add(args.kwarg().arg());
        }
    }

    private void classDef(ClassDef c) {
        c.decoratorList().forEach(this::expr);
        c.bases().forEach(this::expr);
        c.keywords().forEach(k -> expr(k.value()));
        bind(c.name());
        Scope scope = enter(c, Scope.Kind.CLASS, c.name(), false);
        statements(c.body());
        current = scope.parent;
    }

    private Scope enter(Object node, Scope.Kind kind, String name, boolean comprehension) {
        Scope scope = new Scope(kind, name, current, comprehension);
        table.byNode.put(node, scope);
        current = scope;
        return scope;
    }

    private void bind(String name) {
        current.assigned.add(name);
    }

    private void target(Expr e) {
        if (e instanceof Name n) {
            bind(n.id());
        } else if (e instanceof Tuple t) {
            t.elts().forEach(this::target);
        } else if (e instanceof looplab.language.ast.List l) {
            l.elts().forEach(this::target);
        } else if (e instanceof Starred s) {
            target(s.value());
        } else if (e instanceof Attribute a) {
            expr(a.value());
        } else if (e instanceof Subscript s) {
                expr(s.value());
                expr(s.slice());
            } else { expr(e); }
    }

    private void pattern(Pattern p) {
        if (p instanceof MatchValue v) {
            expr(v.value());
        } else if (p instanceof MatchSingleton s) {
        } else if (p instanceof MatchSequence s) {
            s.patterns().forEach(this::pattern);
        } else if (p instanceof MatchMapping m) {
                m.keys().forEach(this::expr);
                m.patterns().forEach(this::pattern);
                if (m.rest() != null) {
                    bind(m.rest());
                }
            } else if (p instanceof MatchClass c) {
                expr(c.cls());
                c.patterns().forEach(this::pattern);
                c.kwdPatterns().forEach(this::pattern);
            } else if (p instanceof MatchStar s) {
                if (s.name() != null) {
                    bind(s.name());
                }
            } else if (p instanceof MatchAs a) {
                if (a.pattern() != null) {
                    pattern(a.pattern());
                }
                if (a.name() != null) {
                    bind(a.name());
                }
            } else if (p instanceof MatchOr o) { o.patterns().forEach(this::pattern); }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof Name n) {
                current.used.add(n.id());
                if (n.id().equals("super") && current.isFunction()) {
                    markClassCellUse();
                }
            } else if (e instanceof NamedExpr n) {
                expr(n.value());
                walrusTarget(((Name) n.target()).id());
            } else if (e instanceof Lambda l) {
                argumentDefaultsAndAnnotations(l.args());
                Scope scope = enter(l, Scope.Kind.FUNCTION, "<lambda>", false);
                declareParameters(scope, l.args());
                expr(l.body());
                current = scope.parent;
            } else if (e instanceof ListComp c) { comprehension(c, "<listcomp>", c.generators(), List.of(c.elt())); } else if (e instanceof SetComp c) { comprehension(c, "<setcomp>", c.generators(), List.of(c.elt())); } else if (e instanceof GeneratorExp c) { comprehension(c, "<genexpr>", c.generators(), List.of(c.elt())); } else if (e instanceof DictComp c) { comprehension(c, "<dictcomp>", c.generators(), List.of(c.key(), c.value())); } else if (e instanceof Await a) {
                if (current.comprehension) {
                    current.coroutine = true;
                }
                expr(a.value());
            } else if (e instanceof Yield y) {
                current.generator = true;
                expr(y.value());
            } else if (e instanceof YieldFrom y) {
                current.generator = true;
                expr(y.value());
            } else { ExprChildren.forEach(e, this::expr); }
    }

    private void markClassCellUse() {
        current.used.add("__class__");
    }

    /** A walrus in a comprehension binds in the nearest enclosing non-comprehension scope (PEP 572). */
    private void walrusTarget(String name) {
        Scope s = current;
        while (s.comprehension) {
            s = s.parent;
        }
        s.assigned.add(name);
        if (s != current) {
            if (s.kind == Scope.Kind.MODULE || s.declaredGlobal.contains(name)) {
                for (Scope c = current; c != s; c = c.parent) {
                    c.declaredGlobal.add(name);
                }
            } else {
                for (Scope c = current; c != s; c = c.parent) {
                    c.declaredNonlocal.add(name);
                }
            }
        }
    }

    private void comprehension(Expr node, String name, List<Comprehension> generators, List<Expr> elements) {
        expr(generators.get(0).iter());
        Scope scope = enter(node, Scope.Kind.FUNCTION, name, true);
        scope.params.add(".0");
        if (node instanceof GeneratorExp) {
            scope.generator = true;
        }
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) {
                expr(g.iter());
            }
            target(g.target());
            g.ifs().forEach(this::expr);
            if (g.isAsync()) {
                scope.coroutine = true;
            }
        }
        elements.forEach(this::expr);
        current = scope.parent;
    }

    // ---- resolving ---------------------------------------------------------------------------------------

    private void resolve(Scope scope) {
        for (Scope child : scope.children) {
            resolve(child);
        }
        if (!scope.isFunction()) {
            if (scope.kind == Scope.Kind.CLASS) {
                for (String name : scope.used) {
                    if (!scope.assigned.contains(name) && !scope.declaredGlobal.contains(name)
                            && enclosingBinder(scope, name) != null) {
                        capture(scope, name);
                    }
                }
            }
            return;
        }
        for (String name : scope.declaredNonlocal) {
            if (enclosingBinder(scope, name) == null) {
                throw new PythonSyntaxError("SyntaxError", "no binding for nonlocal '" + name + "' found", 0, 0, 0, 0, "");
            }
            capture(scope, name);
        }
        for (String name : scope.used) {
            if (!scope.bindsLocally(name) && !scope.declaredGlobal.contains(name) && !scope.declaredNonlocal.contains(name)
                    && enclosingBinder(scope, name) != null) {
                capture(scope, name);
            }
        }
    }

    /** The nearest enclosing function scope that binds name (class scopes only bind __class__). */
    private static Scope enclosingBinder(Scope scope, String name) {
        for (Scope s = scope.parent; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS) {
                if (name.equals("__class__")) {
                    return s;
                }
                continue;
            }
            if (s.kind == Scope.Kind.MODULE) {
                return null;
            }
            if (s.declaredGlobal.contains(name)) {
                return null;
            }
            if (s.bindsLocally(name) || s.declaredNonlocal.contains(name) || s.frees.contains(name)) {
                return s;
            }
        }
        return null;
    }

    /** Marks name free in scope and every scope up to its binder, and a cell in the binder. */
    private static void capture(Scope scope, String name) {
        Scope binder = enclosingBinder(scope, name);
        for (Scope s = scope; s != binder; s = s.parent) {
            s.frees.add(name);
        }
        if (binder.kind == Scope.Kind.CLASS) {
            binder.needsClassCell = true;
            binder.cells.add(name);
        } else if (binder.bindsLocally(name)) {
            binder.cells.add(name);
        }
    }
}
