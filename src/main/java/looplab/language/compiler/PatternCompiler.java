package looplab.language.compiler;

import java.util.ArrayList;
import java.util.List;

import looplab.language.ast.*;

import static looplab.language.compiler.Opcode.*;

/**
 * Compiles the match statement (PEP 634). Each pattern consumes the value on top of the stack; on success it
 * falls through having bound its captures, on failure it leaves the stack as it found it minus that value and
 * jumps to the failure label.
 */
final class PatternCompiler {
    private final Compiler c;

    PatternCompiler(Compiler compiler) {
        this.c = compiler;
    }

    private CodeBuilder b() {
        return c.b;
    }

    void match(Match m) {
        CodeBuilder b = b();
        CodeBuilder.Label end = new CodeBuilder.Label();
        c.expr(m.subject());
        int base = b.depth;
        for (MatchCase mc : m.cases()) {
            CodeBuilder.Label fail = new CodeBuilder.Label();
            b.line = mc.pattern().pos().line();
            b.emit(COPY, 1);
            pattern(mc.pattern(), fail);
            if (mc.guard() != null) {
                c.expressions.jumpIf(mc.guard(), false, fail);
            }
            b.emit(POP_TOP);
            c.statements(mc.body());
            b.emitJump(JUMP, end);
            b.place(fail);
            b.setDepth(base);
        }
        b.emit(POP_TOP);
        b.place(end);
        b.setDepth(base - 1);
    }

    void pattern(Pattern p, CodeBuilder.Label fail) {
        CodeBuilder b = b();
        if (p instanceof MatchValue v) {
            c.expr(v.value());
            b.emit(COMPARE_OP, 2);
            b.emitJump(POP_JUMP_IF_FALSE, fail);
        } else if (p instanceof MatchSingleton s) {
            c.loadConst(s.value());
            b.emit(IS_OP, 0);
            b.emitJump(POP_JUMP_IF_FALSE, fail);
        } else if (p instanceof MatchAs a) {
            capture(a, fail);
        } else if (p instanceof MatchOr o) {
            alternatives(o, fail);
        } else if (p instanceof MatchSequence s) {
            sequence(s, fail);
        } else if (p instanceof MatchMapping m) {
            mapping(m, fail);
        } else if (p instanceof MatchClass k) {
            classPattern(k, fail);
        } else if (p instanceof MatchStar st) {
            store(st.name());
        }
    }

    private void store(String name) {
        if (name == null) {
            b().emit(POP_TOP);
        } else {
            c.storeName(name);
        }
    }

    private void capture(MatchAs a, CodeBuilder.Label fail) {
        CodeBuilder b = b();
        if (a.pattern() == null) {
            store(a.name());
            return;
        }
        int depth = b.depth;
        CodeBuilder.Label subFail = new CodeBuilder.Label();
        CodeBuilder.Label ok = new CodeBuilder.Label();
        b.emit(COPY, 1);
        pattern(a.pattern(), subFail);
        store(a.name());
        b.emitJump(JUMP, ok);
        b.place(subFail);
        b.setDepth(depth);
        b.emit(POP_TOP);
        b.emitJump(JUMP, fail);
        b.place(ok);
        b.setDepth(depth - 1);
    }

    private void alternatives(MatchOr o, CodeBuilder.Label fail) {
        CodeBuilder b = b();
        CodeBuilder.Label ok = new CodeBuilder.Label();
        List<Pattern> alts = o.patterns();
        int depth = b.depth;
        for (int i = 0; i < alts.size() - 1; i++) {
            CodeBuilder.Label next = new CodeBuilder.Label();
            b.emit(COPY, 1);
            pattern(alts.get(i), next);
            b.emit(POP_TOP);
            b.emitJump(JUMP, ok);
            b.place(next);
            b.setDepth(depth);
        }
        pattern(alts.get(alts.size() - 1), fail);
        b.place(ok);
        b.setDepth(depth - 1);
    }

    /** Pops the value under test and jumps to fail: for checks made before the value is consumed. */
    private CodeBuilder.Label popAndFail(CodeBuilder.Label fail, List<Runnable> epilogue) {
        CodeBuilder.Label label = new CodeBuilder.Label();
        epilogue.add(() -> {
            b().place(label);
            b().emit(POP_TOP);
            b().emitJump(JUMP, fail);
        });
        return label;
    }

    private void sequence(MatchSequence s, CodeBuilder.Label fail) {
        CodeBuilder b = b();
        List<Runnable> epilogue = new ArrayList<>();
        CodeBuilder.Label notSequence = popAndFail(fail, epilogue);
        List<Pattern> items = s.patterns();
        int star = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof MatchStar) {
                star = i;
            }
        }
        b.emit(MATCH_SEQUENCE);
        b.emitJump(POP_JUMP_IF_FALSE, notSequence);
        b.emit(GET_LEN);
        c.loadConst(java.math.BigInteger.valueOf(star < 0 ? items.size() : items.size() - 1));
        b.emit(COMPARE_OP, star < 0 ? 2 : 5);
        b.emitJump(POP_JUMP_IF_FALSE, notSequence);
        if (star < 0) {
            b.emit(UNPACK_SEQUENCE, items.size());
        } else {
            b.emit(UNPACK_EX, star | ((items.size() - star - 1) << 8));
        }
        subpatterns(items, fail, epilogue);
        finish(epilogue);
    }

    /** Matches patterns against values unpacked on the stack (first on top), popping the rest on failure. */
    private void subpatterns(List<Pattern> patterns, CodeBuilder.Label fail, List<Runnable> epilogue) {
        CodeBuilder b = b();
        int n = patterns.size();
        if (n == 0) {
            return;
        }
        List<CodeBuilder.Label> cleanup = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            cleanup.add(new CodeBuilder.Label());
        }
        for (int i = 0; i < n; i++) {
            pattern(patterns.get(i), cleanup.get(n - 1 - i));
        }
        epilogue.add(() -> {
            for (int k = n - 1; k >= 1; k--) {
                b.place(cleanup.get(k));
                b.emit(POP_TOP);
            }
            b.place(cleanup.get(0));
            b.emitJump(JUMP, fail);
        });
    }

    private void finish(List<Runnable> epilogue) {
        CodeBuilder b = b();
        CodeBuilder.Label ok = new CodeBuilder.Label();
        int depth = b.depth;
        b.emitJump(JUMP, ok);
        epilogue.forEach(Runnable::run);
        b.place(ok);
        b.setDepth(depth);
    }

    private void mapping(MatchMapping m, CodeBuilder.Label fail) {
        CodeBuilder b = b();
        List<Runnable> epilogue = new ArrayList<>();
        CodeBuilder.Label notMapping = popAndFail(fail, epilogue);
        b.emit(MATCH_MAPPING);
        b.emitJump(POP_JUMP_IF_FALSE, notMapping);
        if (!m.keys().isEmpty()) {
            CodeBuilder.Label missing = new CodeBuilder.Label();
            m.keys().forEach(c::expr);
            b.emit(BUILD_TUPLE, m.keys().size());
            b.emit(MATCH_KEYS);
            b.emit(COPY, 1);
            b.emitJump(POP_JUMP_IF_NONE, missing);
            b.emit(UNPACK_SEQUENCE, m.keys().size());
            subpatterns(m.patterns(), notMapping, epilogue);
            epilogue.add(() -> {
                b.place(missing);
                b.emit(POP_TOP);
                b.emitJump(JUMP, notMapping);
            });
        }
        if (m.rest() != null) {
            m.keys().forEach(c::expr);
            b.emit(BUILD_TUPLE, m.keys().size());
            b.emit(MATCH_REST);
            c.storeName(m.rest());
        } else {
            b.emit(POP_TOP);
        }
        finish(epilogue);
    }

    private void classPattern(MatchClass k, CodeBuilder.Label fail) {
        CodeBuilder b = b();
        List<Runnable> epilogue = new ArrayList<>();
        CodeBuilder.Label noMatch = popAndFail(fail, epilogue);
        c.expr(k.cls());
        c.loadConst(new CodeUnit.ConstTuple(k.kwdAttrs().toArray()));
        b.emit(MATCH_CLASS, k.patterns().size());
        b.emit(COPY, 1);
        b.emitJump(POP_JUMP_IF_NONE, noMatch);
        List<Pattern> all = new ArrayList<>(k.patterns());
        all.addAll(k.kwdPatterns());
        b.emit(UNPACK_SEQUENCE, all.size());
        subpatterns(all, fail, epilogue);
        finish(epilogue);
    }
}
