package looplab.language.ast;

/** A statement node, as in CPython's {@code ast.stmt}. */
public sealed interface Stmt permits
        FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign,
        AugAssign, AnnAssign, For, AsyncFor, While, If,
        With, AsyncWith, Match, Raise, Try, TryStar,
        Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt,
        Pass, Break, Continue {
    Pos pos();
}
