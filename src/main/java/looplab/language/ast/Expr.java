package looplab.language.ast;

/** An expression node, as in CPython's {@code ast.expr}; the load/store/del context is left to the compiler. */
public sealed interface Expr permits
        BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp,
        Dict, Set, ListComp, SetComp, DictComp, GeneratorExp,
        Await, Yield, YieldFrom, Compare, Call, FormattedValue,
        JoinedStr, Constant, Attribute, Subscript, Starred, Name,
        List, Tuple, Slice {
    Pos pos();
}
