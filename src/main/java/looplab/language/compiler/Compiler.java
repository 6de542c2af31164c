package looplab.language.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import looplab.language.PythonSyntaxError;
import looplab.language.ast.*;
import looplab.language.ast.Module;

import static looplab.language.compiler.Opcode.*;

/**
 * Compiles a parsed module to bytecode (CPython's compile.c): one {@link CodeUnit} per module, class body,
 * function, lambda and comprehension. Statements are compiled here; expressions in {@link ExpressionCompiler}.
 */
public final class Compiler {
    final String fileName;
    final Scope.Table scopes;
    CodeBuilder b;
    final Deque<FBlock> fblocks = new ArrayDeque<>();
    final ExpressionCompiler expressions;
    boolean futureAnnotations;

    private Compiler(String fileName, Scope.Table scopes) {
        this.fileName = fileName;
        this.scopes = scopes;
        this.expressions = new ExpressionCompiler(this);
    }

    /** Compiles a module; the result runs as the module's body. */
    public static CodeUnit compile(Module module, String fileName) {
        Scope.Table scopes = SymbolTable.build(module);
        Compiler c = new Compiler(fileName, scopes);
        c.b = new CodeBuilder(scopes.module, "<module>", "<module>", fileName, 1);
        c.setupAnnotationsIfNeeded(module.body());
        c.statements(module.body());
        c.b.emit(LOAD_CONST, c.b.constant(looplab.language.ast.ConstantSingleton.NONE));
        c.b.emit(RETURN_VALUE);
        return c.b.build();
    }

    // ---- statements --------------------------------------------------------------------------------------

    void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        b.line = s.pos().line();
        if (s instanceof FunctionDef f) {
            functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
        } else if (s instanceof AsyncFunctionDef f) {
            functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
        } else if (s instanceof ClassDef c) {
            classDef(c);
        } else if (s instanceof Return r) {
            returnStatement(r);
        } else if (s instanceof Delete d) {
            d.targets().forEach(this::delete);
        } else if (s instanceof Assign a) {
            assign(a);
        } else if (s instanceof AugAssign a) {
            augAssign(a);
        } else if (s instanceof AnnAssign a) {
            annAssign(a);
        } else if (s instanceof For f) {
            forLoop(f.target(), f.iter(), f.body(), f.orelse());
        } else if (s instanceof AsyncFor f) {
            asyncForLoop(f.target(), f.iter(), f.body(), f.orelse());
        } else if (s instanceof While w) {
            whileLoop(w);
        } else if (s instanceof If i) {
            ifStatement(i);
        } else if (s instanceof With w) {
            with(w.items(), 0, w.body(), false);
        } else if (s instanceof AsyncWith w) {
            with(w.items(), 0, w.body(), true);
        } else if (s instanceof Match m) {
            new PatternCompiler(this).match(m);
        } else if (s instanceof Raise r) {
            raise(r);
        } else if (s instanceof Try t) {
            tryStatement(t.body(), t.handlers(), t.orelse(), t.finalbody(), false);
        } else if (s instanceof TryStar t) {
            tryStatement(t.body(), t.handlers(), t.orelse(), t.finalbody(), true);
        } else if (s instanceof Assert a) {
            assertStatement(a);
        } else if (s instanceof Import i) {
            importStatement(i);
        } else if (s instanceof ImportFrom i) {
            importFrom(i);
        } else if (s instanceof Global g) {
        } else if (s instanceof Nonlocal n) {
        } else if (s instanceof ExprStmt e) {
            exprStatement(e);
        } else if (s instanceof Pass p) {
            b.emit(NOP);
        } else if (s instanceof Break br) {
            breakStatement(br);
        } else if (s instanceof Continue c) {
            continueStatement(c);
        }
    }

    PythonSyntaxError unsupported(Pos pos, String message) {
        return new PythonSyntaxError("SyntaxError", message, pos.line(), pos.col() + 1, 0, 0, null);
    }

    /** The docstring: a string literal as a body's first statement. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private void exprStatement(ExprStmt e) {
        if (e.value() instanceof Constant c && !(c.value() instanceof looplab.language.ast.ConstantSingleton)) {
            return; // a docstring or a bare constant: nothing to run
        }
        expr(e.value());
        b.emit(POP_TOP);
    }

    void expr(Expr e) {
        expressions.expr(e);
    }

    void loadConst(Object value) {
        b.emit(LOAD_CONST, b.constant(value));
    }

    void loadNone() {
        loadConst(ConstantSingleton.NONE);
    }

    // ---- names -------------------------------------------------------------------------------------------

    void loadName(String name) {
        switch (b.scope.access(name)) {
            case FAST -> b.emit(LOAD_FAST, b.local(name));
            case CELL, FREE -> b.emit(LOAD_DEREF, b.cell(name));
            case CLASS_FREE -> b.emit(LOAD_CLASSDEREF, b.cell(name));
            case GLOBAL -> b.emit(LOAD_GLOBAL, b.name(name));
            case NAME -> b.emit(b.scope.kind == Scope.Kind.CLASS ? LOAD_NAME : LOAD_GLOBAL, b.name(name));
        }
    }

    void storeName(String name) {
        switch (b.scope.access(name)) {
            case FAST -> b.emit(STORE_FAST, b.local(name));
            case CELL, FREE -> b.emit(STORE_DEREF, b.cell(name));
            case GLOBAL -> b.emit(STORE_GLOBAL, b.name(name));
            case NAME, CLASS_FREE -> b.emit(b.scope.kind == Scope.Kind.CLASS ? STORE_NAME : STORE_GLOBAL, b.name(name));
        }
    }

    private void deleteName(String name) {
        switch (b.scope.access(name)) {
            case FAST -> b.emit(DELETE_FAST, b.local(name));
            case CELL, FREE -> b.emit(DELETE_DEREF, b.cell(name));
            case GLOBAL -> b.emit(DELETE_GLOBAL, b.name(name));
            case NAME, CLASS_FREE -> b.emit(b.scope.kind == Scope.Kind.CLASS ? DELETE_NAME : DELETE_GLOBAL, b.name(name));
        }
    }

    // ---- assignment ----------------------------------------------------------------------------------------

    private void assign(Assign a) {
        expr(a.value());
        List<Expr> targets = a.targets();
        for (int i = 0; i < targets.size(); i++) {
            if (i < targets.size() - 1) {
                b.emit(COPY, 1);
            }
            store(targets.get(i));
        }
    }

    /** Stores the value on top of the stack into a target. */
    void store(Expr target) {
        if (target instanceof Name n) { storeName(n.id()); } else if (target instanceof Attribute at) {
                expr(at.value());
                b.line = at.pos().line();
                b.emit(STORE_ATTR, b.name(at.attr()));
            } else if (target instanceof Subscript sub) {
                expr(sub.value());
                expr(sub.slice());
                b.emit(STORE_SUBSCR);
            } else if (target instanceof Tuple t) { unpackInto(t.elts(), t.pos()); } else if (target instanceof looplab.language.ast.List l) { unpackInto(l.elts(), l.pos()); } else if (target instanceof Starred st) { throw unsupported(st.pos(), "starred assignment target must be in a list or tuple"); } else { throw unsupported(target.pos(), "cannot assign to expression"); }
    }

    private void unpackInto(List<Expr> elts, Pos pos) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Starred) {
                if (star >= 0) {
                    throw unsupported(pos, "multiple starred expressions in assignment");
                }
                star = i;
            }
        }
        if (star < 0) {
            b.emit(UNPACK_SEQUENCE, elts.size());
        } else {
            b.emit(UNPACK_EX, star | ((elts.size() - star - 1) << 8));
        }
        for (Expr e : elts) {
            store(e instanceof Starred st ? st.value() : e);
        }
    }

    private void delete(Expr target) {
        if (target instanceof Name n) { deleteName(n.id()); } else if (target instanceof Attribute at) {
                expr(at.value());
                b.emit(DELETE_ATTR, b.name(at.attr()));
            } else if (target instanceof Subscript sub) {
                expr(sub.value());
                expr(sub.slice());
                b.emit(DELETE_SUBSCR);
            } else if (target instanceof Tuple t) { t.elts().forEach(this::delete); } else if (target instanceof looplab.language.ast.List l) { l.elts().forEach(this::delete); } else { throw unsupported(target.pos(), "cannot delete expression"); }
    }

    private void augAssign(AugAssign a) {
        int op = Operators.binary(a.op()) | INPLACE;
        Object __subject = a.target();
        if (__subject instanceof Name n) {
                loadName(n.id());
                expr(a.value());
                b.emit(BINARY_OP, op);
                storeName(n.id());
            } else if (__subject instanceof Attribute at) {
                expr(at.value());
                b.emit(COPY, 1);
                b.emit(LOAD_ATTR, b.name(at.attr()));
                expr(a.value());
                b.emit(BINARY_OP, op);
                b.emit(SWAP, 2);
                b.emit(STORE_ATTR, b.name(at.attr()));
            } else if (__subject instanceof Subscript sub) {
                expr(sub.value());
                expr(sub.slice());
                b.emit(COPY, 2);
                b.emit(COPY, 2);
                b.emit(BINARY_SUBSCR);
                expr(a.value());
                b.emit(BINARY_OP, op);
                b.emit(SWAP, 3);
                b.emit(SWAP, 2);
                b.emit(STORE_SUBSCR);
            } else { throw unsupported(a.pos(), "'" + "expression" + "' is an illegal expression for augmented assignment"); }
    }

    private void annAssign(AnnAssign a) {
        if (a.value() != null) {
            expr(a.value());
            store(a.target());
        }
        if (a.simple() && a.target() instanceof Name n && b.scope.kind != Scope.Kind.FUNCTION) {
            if (futureAnnotations) {
                loadConst(annotationText(a.annotation()));
            } else {
                expr(a.annotation());
            }
            b.emit(LOAD_NAME, b.name("__annotations__"));
            loadConst(n.id());
            b.emit(STORE_SUBSCR);
        }
    }

    static String annotationText(Expr e) {
        if (e instanceof Name n) {
            return n.id();
        } else if (e instanceof Constant c && c.value() instanceof String s) {
            return s;
        } else if (e instanceof Attribute a) {
            return annotationText(a.value()) + "." + a.attr();
        } else if (e instanceof Subscript s) {
            return annotationText(s.value()) + "[" + annotationText(s.slice()) + "]";
        } else if (e instanceof Tuple t) {
            return String.join(", ", t.elts().stream().map(Compiler::annotationText).toList());
        } else if (e instanceof BinOp bo) {
            return annotationText(bo.left()) + " | " + annotationText(bo.right());
        } else if (e instanceof Constant c) {
            return String.valueOf(c.value() instanceof ConstantSingleton ? "None" : c.value());
        }
        return "...";
    }

    private void setupAnnotationsIfNeeded(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof ImportFrom i && "__future__".equals(i.module())
                    && i.names().stream().anyMatch(al -> al.name().equals("annotations"))) {
                futureAnnotations = true;
            }
        }
        if (containsAnnotation(body)) {
            b.emit(SETUP_ANNOTATIONS);
        }
    }

    private static boolean containsAnnotation(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof AnnAssign a && a.simple()) {
                return true;
            }
            List<List<Stmt>> nested = List.of();
            if (s instanceof If i) {
                nested = List.of(i.body(), i.orelse());
            } else if (s instanceof For f) {
                nested = List.of(f.body(), f.orelse());
            } else if (s instanceof While w) {
                nested = List.of(w.body(), w.orelse());
            } else if (s instanceof With w) {
                nested = List.of(w.body());
            } else if (s instanceof Try t) {
                nested = List.of(t.body(), t.orelse(), t.finalbody());
            }
            for (List<Stmt> n : nested) {
                if (containsAnnotation(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- control flow --------------------------------------------------------------------------------------

    private void ifStatement(If i) {
        CodeBuilder.Label orelse = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        expressions.jumpIf(i.test(), false, orelse);
        statements(i.body());
        if (!i.orelse().isEmpty()) {
            b.emitJump(JUMP, end);
        }
        b.place(orelse);
        statements(i.orelse());
        b.place(end);
    }

    private void whileLoop(While w) {
        CodeBuilder.Label top = new CodeBuilder.Label();
        CodeBuilder.Label orelse = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        b.place(top);
        expressions.jumpIf(w.test(), false, orelse);
        fblocks.push(new FBlock(FBlock.Kind.WHILE_LOOP, top, end, null, null));
        statements(w.body());
        fblocks.pop();
        b.line = w.pos().line();
        b.emitJump(JUMP, top);
        b.place(orelse);
        statements(w.orelse());
        b.place(end);
    }

    private void forLoop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        CodeBuilder.Label top = new CodeBuilder.Label();
        CodeBuilder.Label exhausted = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        expr(iter);
        b.emit(GET_ITER);
        int line = b.line;
        b.place(top);
        b.line = line;
        b.emitJump(FOR_ITER, exhausted);
        store(target);
        fblocks.push(new FBlock(FBlock.Kind.FOR_LOOP, top, end, null, null));
        statements(body);
        fblocks.pop();
        b.line = line;
        b.emitJump(JUMP, top);
        b.place(exhausted);
        b.depth--;
        statements(orelse);
        b.place(end);
    }

    private void asyncForLoop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        CodeBuilder.Label top = new CodeBuilder.Label();
        CodeBuilder.Label handler = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        expr(iter);
        b.emit(GET_AITER);
        int base = b.depth;
        b.place(top);
        b.emitJump(SETUP_FINALLY, handler);
        b.emit(GET_ANEXT);
        loadNone();
        b.emit(YIELD_FROM);
        b.emit(POP_BLOCK);
        store(target);
        fblocks.push(new FBlock(FBlock.Kind.ASYNC_FOR_LOOP, top, end, null, null));
        statements(body);
        fblocks.pop();
        b.emitJump(JUMP, top);
        b.place(handler);
        b.setDepth(base + 1);
        b.emit(END_ASYNC_FOR);
        statements(orelse);
        b.place(end);
    }

    private void breakStatement(Break br) {
        FBlock loop = unwindToLoop(br.pos(), "'break' outside loop");
        unwind(loop, false);
        b.emitJump(JUMP, loop.breakTarget());
    }

    private void continueStatement(Continue c) {
        FBlock loop = unwindToLoop(c.pos(), "'continue' not properly in loop");
        b.emitJump(JUMP, loop.continueTarget());
    }

    /** Unwinds the blocks inside the innermost loop and returns that loop. */
    private FBlock unwindToLoop(Pos pos, String message) {
        List<FBlock> popped = new ArrayList<>();
        try {
            while (!fblocks.isEmpty()) {
                FBlock top = fblocks.peek();
                if (top.isLoop()) {
                    return top;
                }
                if (top.kind() == FBlock.Kind.EXCEPT_STAR) {
                    throw unsupported(pos, "'break', 'continue' and 'return' cannot appear in an except* block");
                }
                fblocks.pop();
                popped.add(top);
                unwind(top, false);
            }
            throw unsupported(pos, message);
        } finally {
            for (int i = popped.size() - 1; i >= 0; i--) {
                fblocks.push(popped.get(i));
            }
        }
    }

    private void returnStatement(Return r) {
        if (r.value() != null) {
            expr(r.value());
        } else {
            loadNone();
        }
        List<FBlock> popped = new ArrayList<>();
        while (!fblocks.isEmpty()) {
            FBlock top = fblocks.pop();
            popped.add(top);
            if (top.kind() == FBlock.Kind.EXCEPT_STAR) {
                throw unsupported(r.pos(), "'break', 'continue' and 'return' cannot appear in an except* block");
            }
            unwind(top, true);
        }
        for (int i = popped.size() - 1; i >= 0; i--) {
            fblocks.push(popped.get(i));
        }
        b.emit(RETURN_VALUE);
    }

    /** Leaves a block early; preserveTop keeps a return value above the block's own stack items. */
    private void unwind(FBlock block, boolean preserveTop) {
        switch (block.kind()) {
            case WHILE_LOOP -> { }
            case FOR_LOOP, ASYNC_FOR_LOOP -> {
                if (preserveTop) {
                    b.emit(SWAP, 2);
                }
                b.emit(POP_TOP);
            }
            case TRY_EXCEPT -> b.emit(POP_BLOCK);
            case FINALLY_TRY -> {
                b.emit(POP_BLOCK);
                int line = b.line;
                statements(block.finalBody());
                b.line = line;
            }
            case FINALLY_END -> {
                b.emit(POP_BLOCK);
                if (preserveTop) {
                    b.emit(SWAP, 2);
                    b.emit(POP_TOP);
                    b.emit(SWAP, 2);
                } else {
                    b.emit(POP_TOP);
                }
                b.emit(POP_EXCEPT);
            }
            case HANDLER_CLEANUP -> {
                b.emit(POP_BLOCK);
                if (preserveTop) {
                    b.emit(SWAP, 2);
                }
                b.emit(POP_EXCEPT);
                clearHandlerName(block.handlerName());
            }
            case WITH -> {
                b.emit(POP_BLOCK);
                if (preserveTop) {
                    b.emit(SWAP, 2);
                }
                b.emit(WITH_EXIT);
            }
            case ASYNC_WITH -> {
                b.emit(POP_BLOCK);
                if (preserveTop) {
                    b.emit(SWAP, 2);
                }
                b.emit(ASYNC_WITH_EXIT);
                b.emit(GET_AWAITABLE, 2);
                loadNone();
                b.emit(YIELD_FROM);
                b.emit(POP_TOP);
            }
            case EXCEPT_STAR -> { }
        }
    }

    private void clearHandlerName(String name) {
        if (name != null) {
            loadNone();
            storeName(name);
            deleteName(name);
        }
    }

    // ---- exceptions --------------------------------------------------------------------------------------

    private void raise(Raise r) {
        int n = 0;
        if (r.exc() != null) {
            expr(r.exc());
            n = 1;
            if (r.cause() != null) {
                expr(r.cause());
                n = 2;
            }
        }
        b.line = r.pos().line();
        b.emit(RAISE_VARARGS, n);
    }

    private void assertStatement(Assert a) {
        CodeBuilder.Label end = new CodeBuilder.Label();
        expressions.jumpIf(a.test(), true, end);
        if (a.msg() != null) {
            b.emit(PUSH_NULL);
            b.emit(LOAD_ASSERTION_ERROR);
            expr(a.msg());
            b.emit(CALL, 1);
        } else {
            b.emit(LOAD_ASSERTION_ERROR);
        }
        b.line = a.pos().line();
        b.emit(RAISE_VARARGS, 1);
        b.place(end);
    }

    private void tryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                              boolean star) {
        if (finalbody.isEmpty()) {
            tryExcept(body, handlers, orelse, star);
            return;
        }
        CodeBuilder.Label handler = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        int base = b.depth;
        b.emitJump(SETUP_FINALLY, handler);
        fblocks.push(new FBlock(FBlock.Kind.FINALLY_TRY, null, null, finalbody, null));
        if (handlers.isEmpty()) {
            statements(body);
        } else {
            tryExcept(body, handlers, orelse, star);
        }
        fblocks.pop();
        b.emit(POP_BLOCK);
        statements(finalbody);
        b.emitJump(JUMP, end);
        // The exceptional path: run the finally body with the exception saved, then re-raise it.
        b.place(handler);
        b.setDepth(base + 1);
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        b.emit(PUSH_EXC_INFO);
        int handlerBase = b.depth;
        b.emitJump(SETUP_FINALLY, cleanup);
        fblocks.push(FBlock.of(FBlock.Kind.FINALLY_END));
        statements(finalbody);
        fblocks.pop();
        b.emit(POP_BLOCK);
        b.emit(RERAISE_RESTORE, 1);
        b.place(cleanup);
        b.setDepth(handlerBase + 1);
        b.emit(RERAISE_RESTORE, 2);
        b.place(end);
        b.setDepth(base);
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, boolean star) {
        CodeBuilder.Label handler = new CodeBuilder.Label();
        CodeBuilder.Label orelseLabel = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        int base = b.depth;
        b.emitJump(SETUP_FINALLY, handler);
        fblocks.push(FBlock.of(FBlock.Kind.TRY_EXCEPT));
        statements(body);
        fblocks.pop();
        b.emit(POP_BLOCK);
        b.emitJump(JUMP, orelseLabel);
        b.place(handler);
        b.setDepth(base + 1);
        b.emit(PUSH_EXC_INFO);
        if (star) {
            exceptStarHandlers(handlers, end, base);
        } else {
            exceptHandlers(handlers, end, base);
        }
        b.place(orelseLabel);
        b.setDepth(base);
        statements(orelse);
        b.place(end);
        b.setDepth(base);
    }

    /** Stack at entry: [prev, exc]. Each matching handler ends with the handled state restored. */
    private void exceptHandlers(List<ExceptHandler> handlers, CodeBuilder.Label end, int base) {
        for (ExceptHandler h : handlers) {
            b.line = h.pos().line();
            CodeBuilder.Label next = new CodeBuilder.Label();
            if (h.type() != null) {
                expr(h.type());
                b.emit(CHECK_EXC_MATCH);
                b.emitJump(POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                storeName(h.name());
            } else {
                b.emit(POP_TOP);
            }
            CodeBuilder.Label cleanup = new CodeBuilder.Label();
            int bodyBase = b.depth;
            b.emitJump(SETUP_FINALLY, cleanup);
            fblocks.push(new FBlock(FBlock.Kind.HANDLER_CLEANUP, null, null, null, h.name()));
            statements(h.body());
            fblocks.pop();
            b.emit(POP_BLOCK);
            b.emit(POP_EXCEPT);
            clearHandlerName(h.name());
            b.emitJump(JUMP, end);
            b.place(cleanup);
            b.setDepth(bodyBase + 1);
            b.emit(RERAISE_RESTORE, 1);
            b.place(next);
            b.setDepth(base + 2);
        }
        b.emit(RERAISE_RESTORE, 1);
    }

    /** except*: stack [prev, exc]; split the group handler by handler, then re-raise what is left. */
    private void exceptStarHandlers(List<ExceptHandler> handlers, CodeBuilder.Label end, int base) {
        b.emit(COPY, 1);
        b.emit(BUILD_LIST, 0);
        b.emit(SWAP, 2);
        // [prev, exc, raised, rest]
        for (ExceptHandler h : handlers) {
            b.line = h.pos().line();
            CodeBuilder.Label noMatch = new CodeBuilder.Label();
            CodeBuilder.Label next = new CodeBuilder.Label();
            expr(h.type());
            b.emit(CHECK_EG_MATCH);
            b.emit(COPY, 1);
            b.emitJump(POP_JUMP_IF_NONE, noMatch);
            if (h.name() != null) {
                storeName(h.name());
            } else {
                b.emit(POP_TOP);
            }
            CodeBuilder.Label failed = new CodeBuilder.Label();
            int bodyBase = b.depth;
            b.emitJump(SETUP_FINALLY, failed);
            fblocks.push(FBlock.of(FBlock.Kind.EXCEPT_STAR));
            statements(h.body());
            fblocks.pop();
            b.emit(POP_BLOCK);
            b.emitJump(JUMP, next);
            b.place(failed);
            b.setDepth(bodyBase + 1);
            b.emit(LIST_APPEND, 2);
            b.emitJump(JUMP, next);
            b.place(noMatch);
            b.setDepth(base + 5);
            b.emit(POP_TOP);
            b.place(next);
            b.setDepth(base + 4);
        }
        CodeBuilder.Label reraise = new CodeBuilder.Label();
        b.emit(PREP_RERAISE_STAR);
        b.emit(COPY, 1);
        b.emitJump(POP_JUMP_IF_NOT_NONE, reraise);
        b.emit(POP_TOP);
        b.emit(POP_TOP);
        b.emit(POP_EXCEPT);
        b.emitJump(JUMP, end);
        b.place(reraise);
        b.setDepth(base + 3);
        b.emit(SWAP, 2);
        b.emit(POP_TOP);
        b.emit(RERAISE_RESTORE, 1);
    }

    // ---- with ----------------------------------------------------------------------------------------------

    private void with(List<WithItem> items, int index, List<Stmt> body, boolean async) {
        WithItem item = items.get(index);
        CodeBuilder.Label handler = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        expr(item.contextExpr());
        if (async) {
            b.emit(BEFORE_ASYNC_WITH);
            b.emit(GET_AWAITABLE, 1);
            loadNone();
            b.emit(YIELD_FROM);
        } else {
            b.emit(BEFORE_WITH);
        }
        int base = b.depth - 2;
        if (item.optionalVars() != null) {
            store(item.optionalVars());
        } else {
            b.emit(POP_TOP);
        }
        b.emitJump(SETUP_FINALLY, handler);
        fblocks.push(FBlock.of(async ? FBlock.Kind.ASYNC_WITH : FBlock.Kind.WITH));
        if (index + 1 < items.size()) {
            with(items, index + 1, body, async);
        } else {
            statements(body);
        }
        fblocks.pop();
        b.emit(POP_BLOCK);
        if (async) {
            b.emit(ASYNC_WITH_EXIT);
            b.emit(GET_AWAITABLE, 2);
            loadNone();
            b.emit(YIELD_FROM);
            b.emit(POP_TOP);
        } else {
            b.emit(WITH_EXIT);
        }
        b.emitJump(JUMP, end);
        // Exceptional exit: [exit, exc] -> __exit__(type, exc, tb); a true result suppresses the exception.
        b.place(handler);
        b.setDepth(base + 2);
        b.emit(PUSH_EXC_INFO);
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label suppress = new CodeBuilder.Label();
        int handlerBase = b.depth;
        b.emitJump(SETUP_FINALLY, cleanup);
        b.emit(WITH_EXCEPT_START);
        if (async) {
            b.emit(GET_AWAITABLE, 2);
            loadNone();
            b.emit(YIELD_FROM);
        }
        b.emitJump(POP_JUMP_IF_TRUE, suppress);
        b.emit(POP_BLOCK);
        b.emit(RERAISE_RESTORE, 1);
        b.place(suppress);
        b.setDepth(handlerBase);
        b.emit(POP_BLOCK);
        b.emit(POP_TOP);
        b.emit(POP_EXCEPT);
        b.emit(POP_TOP);
        b.emitJump(JUMP, end);
        b.place(cleanup);
        b.setDepth(handlerBase + 1);
        b.emit(RERAISE_RESTORE, 2);
        b.place(end);
        b.setDepth(base);
    }

    // ---- imports -------------------------------------------------------------------------------------------

    private void importStatement(Import i) {
        for (Alias alias : i.names()) {
            loadConst(java.math.BigInteger.ZERO);
            if (alias.asname() != null) {
                loadConst(new CodeUnit.ConstTuple(new Object[] {"*"}));
            } else {
                loadNone();
            }
            b.emit(IMPORT_NAME, b.name(alias.name()));
            storeName(alias.asname() != null ? alias.asname() : alias.name().split("\\.")[0]);
        }
    }

    private void importFrom(ImportFrom i) {
        if ("__future__".equals(i.module())) {
            return;
        }
        if (i.level() > 0) {
            throw new PythonSyntaxError("ImportError", "attempted relative import with no known parent package",
                    i.pos().line(), 0, 0, 0, null);
        }
        loadConst(java.math.BigInteger.ZERO);
        Object[] names = i.names().stream().map(Alias::name).toArray();
        loadConst(new CodeUnit.ConstTuple(names));
        b.emit(IMPORT_NAME, b.name(i.module()));
        for (Alias alias : i.names()) {
            if (alias.name().equals("*")) {
                b.emit(IMPORT_STAR);
                return;
            }
            b.emit(IMPORT_FROM, b.name(alias.name()));
            storeName(alias.asname() != null ? alias.asname() : alias.name());
        }
        b.emit(POP_TOP);
    }

    // ---- functions and classes ------------------------------------------------------------------------------

    private void functionDef(Stmt node, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                             Expr returns, boolean async) {
        for (Expr d : decorators) {
            b.emit(PUSH_NULL);
            expr(d);
        }
        b.line = node.pos().line();
        Scope scope = scopes.byNode.get(node);
        makeFunction(scope, name, args, returns, () -> {
            b.doc = docstring(body);
            statements(body);
        }, async, node.pos().line());
        for (int k = 0; k < decorators.size(); k++) {
            b.emit(CALL, 1);
        }
        storeName(name);
    }

    String childQualname(String name) {
        if (b.scope.kind == Scope.Kind.MODULE) {
            return name;
        }
        if (b.scope.kind == Scope.Kind.CLASS) {
            return b.qualname + "." + name;
        }
        return b.qualname + ".<locals>." + name;
    }

    /** Emits the defaults, annotations and closure of a new function and MAKE_FUNCTION. */
    void makeFunction(Scope scope, String name, Arguments args, Expr returns, Runnable body, boolean async, int line) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            args.defaults().forEach(this::expr);
            b.emit(BUILD_TUPLE, args.defaults().size());
            flags |= 1;
        }
        int kwDefaults = 0;
        for (int k = 0; k < args.kwonlyargs().size(); k++) {
            Expr d = args.kwDefaults().get(k);
            if (d != null) {
                loadConst(args.kwonlyargs().get(k).arg());
                expr(d);
                kwDefaults++;
            }
        }
        if (kwDefaults > 0) {
            b.emit(BUILD_MAP, kwDefaults);
            flags |= 2;
        }
        if (emitAnnotations(args, returns)) {
            flags |= 4;
        }
        CodeUnit code = compileFunctionBody(scope, name, childQualname(name), args, body, async, line);
        if (code.freevars().length > 0) {
            for (String free : code.freevars()) {
                b.emit(LOAD_CLOSURE, b.cell(free));
            }
            b.emit(BUILD_TUPLE, code.freevars().length);
            flags |= 8;
        }
        loadConst(code);
        b.emit(MAKE_FUNCTION, flags);
    }

    private boolean emitAnnotations(Arguments args, Expr returns) {
        int n = 0;
        // CPython 3.11's order (compiler_visit_annotations): regular, positional-only, *args, keyword-only, **kwargs.
        List<Arg> ordered = new ArrayList<>(args.args());
        ordered.addAll(args.posonlyargs());
        if (args.vararg() != null) {
            ordered.add(args.vararg());
        }
        ordered.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            ordered.add(args.kwarg());
        }
        for (Arg a : ordered) {
            if (a.annotation() != null) {
                loadConst(a.arg());
                annotationValue(a.annotation());
                n++;
            }
        }
        if (returns != null) {
            loadConst("return");
            annotationValue(returns);
            n++;
        }
        if (n == 0) {
            return false;
        }
        b.emit(BUILD_MAP, n);
        return true;
    }

    private void annotationValue(Expr annotation) {
        if (futureAnnotations) {
            loadConst(annotationText(annotation));
        } else {
            expr(annotation);
        }
    }

    CodeUnit compileFunctionBody(Scope scope, String name, String qualname, Arguments args, Runnable body,
                                 boolean async, int line) {
        CodeBuilder outer = b;
        Deque<FBlock> outerBlocks = new ArrayDeque<>(fblocks);
        fblocks.clear();
        b = new CodeBuilder(scope, name, qualname, fileName, line);
        b.argcount = args.posonlyargs().size() + args.args().size();
        b.posonlyargcount = args.posonlyargs().size();
        b.kwonlyargcount = args.kwonlyargs().size();
        b.flags = (args.vararg() != null ? CodeUnit.VARARGS : 0) | (args.kwarg() != null ? CodeUnit.VARKEYWORDS : 0)
                | resumableFlags(scope, async);
        try {
            body.run();
            loadNone();
            b.emit(RETURN_VALUE);
            return b.build();
        } finally {
            b = outer;
            fblocks.clear();
            outerBlocks.descendingIterator().forEachRemaining(fblocks::push);
        }
    }

    static int resumableFlags(Scope scope, boolean async) {
        if (async || scope.coroutine) {
            return scope.generator ? CodeUnit.ASYNC_GENERATOR : CodeUnit.COROUTINE;
        }
        return scope.generator ? CodeUnit.GENERATOR : 0;
    }

    private void classDef(ClassDef c) {
        for (Expr d : c.decoratorList()) {
            b.emit(PUSH_NULL);
            expr(d);
        }
        b.line = c.pos().line();
        Scope scope = scopes.byNode.get(c);
        CodeBuilder outer = b;
        Deque<FBlock> outerBlocks = new ArrayDeque<>(fblocks);
        fblocks.clear();
        String qualname = childQualname(c.name());
        b = new CodeBuilder(scope, c.name(), qualname, fileName, c.pos().line());
        CodeUnit body;
        try {
            setupAnnotationsIfNeeded(c.body());
            String doc = docstring(c.body());
            if (doc != null) {
                loadConst(doc);
                storeName("__doc__");
            }
            statements(c.body());
            loadNone();
            b.emit(RETURN_VALUE);
            body = b.build();
        } finally {
            b = outer;
            outerBlocks.descendingIterator().forEachRemaining(fblocks::push);
        }
        int flags = 0;
        if (body.freevars().length > 0) {
            for (String free : body.freevars()) {
                b.emit(LOAD_CLOSURE, b.cell(free));
            }
            b.emit(BUILD_TUPLE, body.freevars().length);
            flags |= 8;
        }
        loadConst(body);
        b.emit(MAKE_FUNCTION, flags);
        loadConst(c.name());
        for (Expr base : c.bases()) {
            expr(base);
        }
        int buildArg = c.bases().size();
        int classKeywords = 0;
        for (Keyword k : c.keywords()) {
            if (k.arg() != null && !"metaclass".equals(k.arg())) {
                loadConst(k.arg());
                expr(k.value());
                classKeywords++;
            }
        }
        if (classKeywords > 0) {
            b.emit(BUILD_MAP, classKeywords);
            buildArg |= BUILD_CLASS_KEYWORDS;
        }
        for (Keyword k : c.keywords()) {
            if ("metaclass".equals(k.arg())) {
                expr(k.value());
                buildArg |= BUILD_CLASS_METACLASS;
            }
        }
        b.line = c.pos().line();
        b.emit(BUILD_CLASS, buildArg);
        for (int k = 0; k < c.decoratorList().size(); k++) {
            b.emit(CALL, 1);
        }
        storeName(c.name());
    }
}
