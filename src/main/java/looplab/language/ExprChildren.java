package looplab.language;

import java.util.List;
import java.util.function.Consumer;

import looplab.language.ast.*;

/** The direct sub-expressions of an expression, for passes that walk the tree. */
public final class ExprChildren {
    private ExprChildren() {
    }

    public static void forEach(Expr e, Consumer<Expr> visit) {
        if (e instanceof BoolOp b) {
            b.values().forEach(visit);
        } else if (e instanceof NamedExpr n) {
            visit.accept(n.target());
            visit.accept(n.value());
        } else if (e instanceof BinOp b) {
            visit.accept(b.left());
            visit.accept(b.right());
        } else if (e instanceof UnaryOp u) {
            visit.accept(u.operand());
        } else if (e instanceof Lambda l) {
            visit.accept(l.body());
        } else if (e instanceof IfExp i) {
            visit.accept(i.test());
            visit.accept(i.body());
            visit.accept(i.orelse());
        } else if (e instanceof Dict d) {
            d.keys().stream().filter(k -> k != null).forEach(visit);
            d.values().forEach(visit);
        } else if (e instanceof looplab.language.ast.Set s) {
            s.elts().forEach(visit);
        } else if (e instanceof ListComp c) {
            comprehension(c.elt(), c.generators(), visit);
        } else if (e instanceof SetComp c) {
            comprehension(c.elt(), c.generators(), visit);
        } else if (e instanceof GeneratorExp c) {
            comprehension(c.elt(), c.generators(), visit);
        } else if (e instanceof DictComp c) {
            visit.accept(c.key());
            comprehension(c.value(), c.generators(), visit);
        } else if (e instanceof Await a) {
            visit.accept(a.value());
        } else if (e instanceof Yield y) {
            if (y.value() != null) {
                visit.accept(y.value());
            }
        } else if (e instanceof YieldFrom y) {
            visit.accept(y.value());
        } else if (e instanceof Compare c) {
            visit.accept(c.left());
            c.comparators().forEach(visit);
        } else if (e instanceof Call c) {
            visit.accept(c.func());
            c.args().forEach(visit);
            c.keywords().forEach(k -> visit.accept(k.value()));
        } else if (e instanceof FormattedValue f) {
            visit.accept(f.value());
            if (f.formatSpec() != null) {
                visit.accept(f.formatSpec());
            }
        } else if (e instanceof JoinedStr j) {
            j.values().forEach(visit);
        } else if (e instanceof Attribute a) {
            visit.accept(a.value());
        } else if (e instanceof Subscript s) {
            visit.accept(s.value());
            visit.accept(s.slice());
        } else if (e instanceof Starred s) {
            visit.accept(s.value());
        } else if (e instanceof looplab.language.ast.List l) {
            l.elts().forEach(visit);
        } else if (e instanceof Tuple t) {
            t.elts().forEach(visit);
        } else if (e instanceof Slice s) {
            for (Expr part : new Expr[]{s.lower(), s.upper(), s.step()}) {
                if (part != null) {
                    visit.accept(part);
                }
            }
        }
    }

    private static void comprehension(Expr elt, List<Comprehension> generators, Consumer<Expr> visit) {
        visit.accept(elt);
        for (Comprehension g : generators) {
            visit.accept(g.target());
            visit.accept(g.iter());
            g.ifs().forEach(visit);
        }
    }
}
