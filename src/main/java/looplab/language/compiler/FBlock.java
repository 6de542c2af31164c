package looplab.language.compiler;

import java.util.List;

import looplab.language.ast.Stmt;

/**
 * A block the compiler is inside of, that `return`, `break` and `continue` must unwind (CPython's fblockinfo):
 * loops, try bodies, finally bodies, except handlers and with blocks.
 */
record FBlock(Kind kind, CodeBuilder.Label continueTarget, CodeBuilder.Label breakTarget, List<Stmt> finalBody,
              String handlerName) {
    enum Kind { WHILE_LOOP, FOR_LOOP, ASYNC_FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, HANDLER_CLEANUP, WITH, ASYNC_WITH, EXCEPT_STAR }

    static FBlock of(Kind kind) {
        return new FBlock(kind, null, null, null, null);
    }

    boolean isLoop() {
        return kind == Kind.WHILE_LOOP || kind == Kind.FOR_LOOP || kind == Kind.ASYNC_FOR_LOOP;
    }
}
