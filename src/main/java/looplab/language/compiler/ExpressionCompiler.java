package looplab.language.compiler;

import java.util.ArrayList;
import java.util.List;

import looplab.language.ast.*;

import static looplab.language.compiler.Opcode.*;

/** Compiles expressions: every Expr node leaves exactly one value on the stack. */
final class ExpressionCompiler {
    private final Compiler c;

    ExpressionCompiler(Compiler compiler) {
        this.c = compiler;
    }

    private CodeBuilder b() {
        return c.b;
    }

    void expr(Expr e) {
        CodeBuilder b = b();
        int saved = b.line;
        b.line = e.pos().line();
        try {
            dispatch(e);
        } finally {
            b().line = saved;
        }
    }

    private void dispatch(Expr e) {
        CodeBuilder b = b();
        if (e instanceof Constant k) {
            c.loadConst(k.value());
        } else if (e instanceof Name n) {
            c.loadName(n.id());
        } else if (e instanceof Attribute a) {
                expr(a.value());
                b.line = a.pos().endLine();
                b.emit(LOAD_ATTR, b.name(a.attr()));
            } else if (e instanceof Subscript s) {
                expr(s.value());
                expr(s.slice());
                b.line = s.pos().line();
                b.emit(BINARY_SUBSCR);
            } else if (e instanceof Slice s) {
                loadOrNone(s.lower());
                loadOrNone(s.upper());
                if (s.step() != null) {
                    expr(s.step());
                    b.emit(BUILD_SLICE, 3);
                } else {
                    b.emit(BUILD_SLICE, 2);
                }
            } else if (e instanceof BinOp op) {
                expr(op.left());
                expr(op.right());
                b.line = op.pos().line();
                b.emit(BINARY_OP, Operators.binary(op.op()));
            } else if (e instanceof UnaryOp u) {
                expr(u.operand());
                b.emit(switch (u.op()) {
                    case INVERT -> UNARY_INVERT;
                    case NOT -> UNARY_NOT;
                    case UADD -> UNARY_POSITIVE;
                    case USUB -> UNARY_NEGATIVE;
                });
            } else if (e instanceof BoolOp bo) { boolOp(bo); } else if (e instanceof Compare cmp) { compare(cmp); } else if (e instanceof IfExp ie) {
                CodeBuilder.Label orelse = new CodeBuilder.Label();
                CodeBuilder.Label end = new CodeBuilder.Label();
                jumpIf(ie.test(), false, orelse);
                expr(ie.body());
                b.emitJump(JUMP, end);
                b.place(orelse);
                b.depth--;
                expr(ie.orelse());
                b.place(end);
            } else if (e instanceof NamedExpr ne) {
                expr(ne.value());
                b.emit(COPY, 1);
                c.store(ne.target());
            } else if (e instanceof Call call) { call(call); } else if (e instanceof Lambda l) {
                Scope scope = c.scopes.byNode.get(l);
                c.makeFunction(scope, "<lambda>", l.args(), null, () -> {
                    expr(l.body());
                    b().emit(RETURN_VALUE);
                }, false, l.pos().line());
            } else if (e instanceof Tuple t) { sequence(t.elts(), BUILD_TUPLE); } else if (e instanceof looplab.language.ast.List l) { sequence(l.elts(), BUILD_LIST); } else if (e instanceof looplab.language.ast.Set s) { sequence(s.elts(), BUILD_SET); } else if (e instanceof Dict d) { dict(d); } else if (e instanceof ListComp lc) { comprehension(lc, "<listcomp>", lc.generators(), List.of(lc.elt()), BUILD_LIST); } else if (e instanceof SetComp sc) { comprehension(sc, "<setcomp>", sc.generators(), List.of(sc.elt()), BUILD_SET); } else if (e instanceof DictComp dc) { comprehension(dc, "<dictcomp>", dc.generators(), List.of(dc.key(), dc.value()), BUILD_MAP); } else if (e instanceof GeneratorExp ge) { comprehension(ge, "<genexpr>", ge.generators(), List.of(ge.elt()), -1); } else if (e instanceof Await a) {
                expr(a.value());
                b.line = a.pos().line();
                b.emit(GET_AWAITABLE, 0);
                c.loadNone();
                b.emit(YIELD_FROM);
            } else if (e instanceof Yield y) {
                loadOrNone(y.value());
                b.emit(YIELD_VALUE);
            } else if (e instanceof YieldFrom yf) {
                expr(yf.value());
                b.emit(GET_YIELD_FROM_ITER);
                c.loadNone();
                b.emit(YIELD_FROM);
            } else if (e instanceof JoinedStr js) { joinedStr(js); } else if (e instanceof FormattedValue fv) { formattedValue(fv); } else if (e instanceof Starred st) { throw c.unsupported(st.pos(), "can't use starred expression here"); }
    }

    private void loadOrNone(Expr e) {
        if (e == null) {
            c.loadNone();
        } else {
            expr(e);
        }
    }

    // ---- conditions ----------------------------------------------------------------------------------------

    /** Evaluates a condition and jumps to target when its truth equals jumpWhen. */
    void jumpIf(Expr test, boolean jumpWhen, CodeBuilder.Label target) {
        CodeBuilder b = b();
        if (test instanceof UnaryOp u && u.op() == UnaryOperator.NOT) {
            jumpIf(u.operand(), !jumpWhen, target);
            return;
        }
        if (test instanceof BoolOp bo) {
            boolean isAnd = bo.op() == BoolOperator.AND;
            if (isAnd != jumpWhen) {
                // and-with-jump-on-false / or-with-jump-on-true: any operand decides.
                for (Expr v : bo.values()) {
                    jumpIf(v, jumpWhen, target);
                }
            } else {
                CodeBuilder.Label skip = new CodeBuilder.Label();
                List<Expr> values = bo.values();
                for (int i = 0; i < values.size() - 1; i++) {
                    jumpIf(values.get(i), !jumpWhen, skip);
                }
                jumpIf(values.get(values.size() - 1), jumpWhen, target);
                b.place(skip);
            }
            return;
        }
        expr(test);
        b.line = test.pos().line();
        b.emitJump(jumpWhen ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
    }

    private void boolOp(BoolOp bo) {
        CodeBuilder b = b();
        CodeBuilder.Label end = new CodeBuilder.Label();
        List<Expr> values = bo.values();
        int op = bo.op() == BoolOperator.AND ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i < values.size() - 1; i++) {
            expr(values.get(i));
            b.emitJump(op, end);
        }
        expr(values.get(values.size() - 1));
        b.place(end);
    }

    private void compare(Compare cmp) {
        CodeBuilder b = b();
        expr(cmp.left());
        int n = cmp.ops().size();
        if (n == 1) {
            expr(cmp.comparators().get(0));
            b.line = cmp.pos().line();
            compareOp(cmp.ops().get(0));
            return;
        }
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        for (int i = 0; i < n - 1; i++) {
            expr(cmp.comparators().get(i));
            b.emit(SWAP, 2);
            b.emit(COPY, 2);
            compareOp(cmp.ops().get(i));
            b.emitJump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(cmp.comparators().get(n - 1));
        compareOp(cmp.ops().get(n - 1));
        b.emitJump(JUMP, end);
        b.place(cleanup);
        b.depth++;
        b.emit(SWAP, 2);
        b.emit(POP_TOP);
        b.place(end);
    }

    private void compareOp(CmpOp op) {
        CodeBuilder b = b();
        switch (op) {
            case IS -> b.emit(IS_OP, 0);
            case IS_NOT -> b.emit(IS_OP, 1);
            case IN -> b.emit(CONTAINS_OP, 0);
            case NOT_IN -> b.emit(CONTAINS_OP, 1);
            default -> b.emit(COMPARE_OP, Operators.compare(op));
        }
    }

    // ---- displays --------------------------------------------------------------------------------------------

    private void sequence(List<Expr> elts, int buildOp) {
        CodeBuilder b = b();
        boolean starred = elts.stream().anyMatch(x -> x instanceof Starred);
        if (!starred) {
            elts.forEach(this::expr);
            b.emit(buildOp, elts.size());
            return;
        }
        boolean isSet = buildOp == BUILD_SET;
        b.emit(isSet ? BUILD_SET : BUILD_LIST, 0);
        for (Expr x : elts) {
            if (x instanceof Starred s) {
                expr(s.value());
                b.emit(isSet ? SET_UPDATE : LIST_EXTEND, 1);
            } else {
                expr(x);
                b.emit(isSet ? SET_ADD : LIST_APPEND, 1);
            }
        }
        if (buildOp == BUILD_TUPLE) {
            b.emit(LIST_TO_TUPLE);
        }
    }

    private void dict(Dict d) {
        CodeBuilder b = b();
        boolean unpacking = d.keys().stream().anyMatch(k -> k == null);
        if (!unpacking) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            b.emit(BUILD_MAP, d.keys().size());
            return;
        }
        b.emit(BUILD_MAP, 0);
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                expr(d.values().get(i));
                b.emit(DICT_UPDATE, 1);
            } else {
                expr(d.keys().get(i));
                expr(d.values().get(i));
                b.emit(MAP_ADD, 1);
            }
        }
    }

    // ---- calls ------------------------------------------------------------------------------------------------

    private void call(Call call) {
        CodeBuilder b = b();
        if (isZeroArgSuper(call)) {
            zeroArgSuper(call);
            return;
        }
        boolean simple = call.args().stream().noneMatch(a -> a instanceof Starred)
                && call.keywords().stream().noneMatch(k -> k.arg() == null);
        if (simple && call.func() instanceof Attribute a) {
            expr(a.value());
            b.line = a.pos().endLine();
            b.emit(LOAD_METHOD, b.name(a.attr()));
        } else {
            b.emit(PUSH_NULL);
            expr(call.func());
        }
        if (simple) {
            call.args().forEach(this::expr);
            String[] kwnames = new String[call.keywords().size()];
            for (int i = 0; i < kwnames.length; i++) {
                kwnames[i] = call.keywords().get(i).arg();
                expr(call.keywords().get(i).value());
            }
            b.line = call.pos().line();
            if (kwnames.length > 0) {
                b.emit(KW_NAMES, b.constant(kwnames));
            }
            b.emit(CALL, call.args().size() + kwnames.length);
            return;
        }
        sequence(call.args(), BUILD_TUPLE);
        if (!call.keywords().isEmpty()) {
            b.emit(BUILD_MAP, 0);
            for (Keyword k : call.keywords()) {
                if (k.arg() == null) {
                    expr(k.value());
                } else {
                    c.loadConst(k.arg());
                    expr(k.value());
                    b.emit(BUILD_MAP, 1);
                }
                b.emit(DICT_MERGE, 1);
            }
        }
        b.line = call.pos().line();
        b.emit(CALL_FUNCTION_EX, call.keywords().isEmpty() ? 0 : 1);
    }

    private boolean isZeroArgSuper(Call call) {
        return call.func() instanceof Name n && n.id().equals("super") && call.args().isEmpty()
                && call.keywords().isEmpty() && b().scope.isFunction() && b().scope.frees.contains("__class__")
                && !b().scope.params.isEmpty();
    }

    /** super() in a method is super(__class__, self), as CPython's compiler arranges through the __class__ cell. */
    private void zeroArgSuper(Call call) {
        CodeBuilder b = b();
        b.emit(PUSH_NULL);
        c.loadName("super");
        b.emit(LOAD_DEREF, b.cell("__class__"));
        c.loadName(b.scope.params.get(0));
        b.emit(CALL, 2);
    }

    // ---- comprehensions ------------------------------------------------------------------------------------

    private void comprehension(Expr node, String name, List<Comprehension> generators, List<Expr> elements, int buildOp) {
        CodeBuilder b = b();
        Scope scope = c.scopes.byNode.get(node);
        Comprehension first = generators.get(0);
        Arguments args = new Arguments(List.of(), List.of(new Arg(".0", null, node.pos())), null, List.of(),
                List.of(), null, List.of());
        CodeUnit code = c.compileFunctionBody(scope, name, c.childQualname(name), args,
                () -> comprehensionBody(generators, elements, buildOp), false, node.pos().line());
        int flags = 0;
        if (code.freevars().length > 0) {
            for (String free : code.freevars()) {
                b.emit(LOAD_CLOSURE, b.cell(free));
            }
            b.emit(BUILD_TUPLE, code.freevars().length);
            flags |= 8;
        }
        c.loadConst(code);
        b.emit(MAKE_FUNCTION, flags);
        expr(first.iter());
        b.emit(first.isAsync() ? GET_AITER : GET_ITER);
        b.emit(CALL, 0);
        if ((code.flags() & CodeUnit.COROUTINE) != 0 && buildOp != -1) {
            b.emit(GET_AWAITABLE, 0);
            c.loadNone();
            b.emit(YIELD_FROM);
        }
    }

    private void comprehensionBody(List<Comprehension> generators, List<Expr> elements, int buildOp) {
        CodeBuilder b = b();
        if (buildOp != -1) {
            b.emit(buildOp, 0);
        }
        List<CodeBuilder.Label> ends = new ArrayList<>();
        generatorLoops(generators, 0, elements, buildOp, ends);
        if (buildOp != -1) {
            b.emit(RETURN_VALUE);
        }
    }

    private void generatorLoops(List<Comprehension> generators, int index, List<Expr> elements, int buildOp,
                                List<CodeBuilder.Label> ends) {
        CodeBuilder b = b();
        Comprehension g = generators.get(index);
        CodeBuilder.Label top = new CodeBuilder.Label();
        CodeBuilder.Label exhausted = new CodeBuilder.Label();
        if (index == 0) {
            b.emit(LOAD_FAST, b.local(".0"));
        } else {
            expr(g.iter());
            b.emit(g.isAsync() ? GET_AITER : GET_ITER);
        }
        int base = b.depth;
        b.place(top);
        if (g.isAsync()) {
            b.emitJump(SETUP_FINALLY, exhausted);
            b.emit(GET_ANEXT);
            c.loadNone();
            b.emit(YIELD_FROM);
            b.emit(POP_BLOCK);
        } else {
            b.emitJump(FOR_ITER, exhausted);
        }
        c.store(g.target());
        for (Expr cond : g.ifs()) {
            jumpIf(cond, false, top);
        }
        if (index + 1 < generators.size()) {
            generatorLoops(generators, index + 1, elements, buildOp, ends);
        } else {
            int loops = generators.size();
            if (buildOp == -1) {
                expr(elements.get(0));
                b.emit(YIELD_VALUE);
                b.emit(POP_TOP);
            } else if (buildOp == BUILD_MAP) {
                expr(elements.get(0));
                expr(elements.get(1));
                b.emit(MAP_ADD, loops + 1);
            } else {
                expr(elements.get(0));
                b.emit(buildOp == BUILD_LIST ? LIST_APPEND : SET_ADD, loops + 1);
            }
        }
        b.emitJump(JUMP, top);
        b.place(exhausted);
        if (g.isAsync()) {
            b.setDepth(base + 1);
            b.emit(END_ASYNC_FOR);
        } else {
            b.setDepth(base - 1);
        }
    }

    // ---- f-strings ------------------------------------------------------------------------------------------

    private void joinedStr(JoinedStr js) {
        CodeBuilder b = b();
        if (js.values().size() == 1 && js.values().get(0) instanceof Constant k) {
            c.loadConst(k.value());
            return;
        }
        for (Expr part : js.values()) {
            expr(part);
        }
        b.emit(BUILD_STRING, js.values().size());
    }

    private void formattedValue(FormattedValue fv) {
        CodeBuilder b = b();
        expr(fv.value());
        int conversion = switch (fv.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (fv.formatSpec() != null) {
            expr(fv.formatSpec());
            conversion |= 4;
        }
        b.emit(FORMAT_VALUE, conversion);
    }
}
