package looplab.language;

import java.util.ArrayList;
import java.util.List;

import looplab.language.ast.Arg;
import looplab.language.ast.Arguments;
import looplab.language.ast.Attribute;
import looplab.language.ast.Await;
import looplab.language.ast.BinOp;
import looplab.language.ast.BoolOp;
import looplab.language.ast.BoolOperator;
import looplab.language.ast.Call;
import looplab.language.ast.CmpOp;
import looplab.language.ast.Compare;
import looplab.language.ast.Comprehension;
import looplab.language.ast.Constant;
import looplab.language.ast.ConstantSingleton;
import looplab.language.ast.Dict;
import looplab.language.ast.DictComp;
import looplab.language.ast.Expr;
import looplab.language.ast.GeneratorExp;
import looplab.language.ast.IfExp;
import looplab.language.ast.Keyword;
import looplab.language.ast.Lambda;
import looplab.language.ast.ListComp;
import looplab.language.ast.Name;
import looplab.language.ast.NamedExpr;
import looplab.language.ast.Operator;
import looplab.language.ast.Pos;
import looplab.language.ast.SetComp;
import looplab.language.ast.Slice;
import looplab.language.ast.Starred;
import looplab.language.ast.Subscript;
import looplab.language.ast.Tuple;
import looplab.language.ast.UnaryOp;
import looplab.language.ast.UnaryOperator;
import looplab.language.ast.Yield;
import looplab.language.ast.YieldFrom;

/** Expressions, following the expression rules of CPython 3.11's grammar ({@code Grammar/python.gram}). */
class ExpressionParser extends ParserBase {

    ExpressionParser(TokenStream tokens) {
        super(tokens);
    }

    // ---- tuples and starred ----------------------------------------------------------------------------------

    /** star_expressions: a single expression, or a Tuple when there is a comma. */
    Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!checkOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (matchOp(",")) {
            if (!startsExpression()) {
                break;
            }
            elts.add(starExpression());
        }
        return new Tuple(elts, from(start));
    }

    Expr starExpression() {
        Token start = peek();
        if (matchOp("*")) {
            return new Starred(bitwiseOr(), from(start));
        }
        return expression();
    }

    Expr starNamedExpression() {
        Token start = peek();
        if (matchOp("*")) {
            return new Starred(bitwiseOr(), from(start));
        }
        return namedExpression();
    }

    /** Whether the next token can begin an expression (used to tell a trailing comma from a next item). */
    boolean startsExpression() {
        Token t = peek();
        return switch (t.type()) {
            case NAME -> !Lexer.KEYWORDS.contains(t.text()) || switch (t.text()) {
                case "None", "True", "False", "not", "lambda", "await", "yield" -> true;
                default -> false;
            };
            case NUMBER, STRING -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "*", "...", "**" -> true;
                default -> false;
            };
            default -> false;
        };
    }

    // ---- named, conditional, lambda --------------------------------------------------------------------------

    /** named_expression: {@code NAME := expression} or an expression; a stray {@code =} gets CPython's hint. */
    Expr namedExpression() {
        Token start = peek();
        if (checkName() && peek(1).isOp(":=")) {
            String name = expectName();
            Pos namePos = from(start);
            advance();
            Expr value = expression();
            return new NamedExpr(new Name(name, namePos), value, from(start));
        }
        Expr e = expression();
        if (checkOp(":=")) {
            throw errorAt(e, "cannot use assignment expressions with " + SyntaxChecks.describe(e));
        }
        if (checkOp("=") && !peek(1).isOp("=")) {
            throw misusedEquals(e);
        }
        return e;
    }

    /** CPython's invalid_named_expression: {@code if x = 1:} and {@code [f() = 1]}. */
    PythonSyntaxError misusedEquals(Expr target) {
        if (target instanceof Name) {
            int mark = tokens.mark();
            advance();
            Expr value = bitwiseOr();
            tokens.reset(mark);
            return errorAt(span(target.pos(), value.pos()),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (SyntaxChecks.isBitwiseOrLevel(target) && !SyntaxChecks.isExcludedFromEqualsHint(target)) {
            return errorAt(target, "cannot assign to " + SyntaxChecks.describe(target)
                    + " here. Maybe you meant '==' instead of '='?");
        }
        return invalidSyntax();
    }

    Expr expression() {
        enterNesting();
        try {
            if (checkKeyword("lambda")) {
                return lambdef();
            }
            Token start = peek();
            Expr body = disjunction();
            if (!checkKeyword("if")) {
                return body;
            }
            advance();
            Expr test = disjunction();
            if (!matchKeyword("else")) {
                throw errorAt(span(body.pos(), test.pos()), "expected 'else' after 'if' expression");
            }
            Expr orelse = expression();
            return new IfExp(test, body, orelse, from(start));
        } finally {
            leaveNesting();
        }
    }

    Expr lambdef() {
        Token start = advance();
        Arguments args = checkOp(":") ? emptyArguments() : parameters(false, ":");
        if (!matchOp(":")) {
            throw errorAtLastToken("expected ':'");
        }
        Expr body = expression();
        return new Lambda(args, body, from(start));
    }

    static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    // ---- boolean and comparison ------------------------------------------------------------------------------

    Expr disjunction() {
        return boolOp("or", BoolOperator.OR);
    }

    private Expr boolOp(String keyword, BoolOperator op) {
        Token start = peek();
        Expr first = op == BoolOperator.OR ? boolOp("and", BoolOperator.AND) : inversion();
        if (!checkKeyword(keyword)) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (matchKeyword(keyword)) {
            values.add(op == BoolOperator.OR ? boolOp("and", BoolOperator.AND) : inversion());
        }
        return new BoolOp(op, values, from(start));
    }

    Expr inversion() {
        Token start = peek();
        if (matchKeyword("not")) {
            enterNesting();
            try {
                return new UnaryOp(UnaryOperator.NOT, inversion(), from(start));
            } finally {
                leaveNesting();
            }
        }
        return comparison();
    }

    Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        CmpOp op;
        while ((op = compareOp()) != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops.isEmpty() ? left : new Compare(left, ops, comparators, from(start));
    }

    private CmpOp compareOp() {
        Token t = peek();
        CmpOp op = switch (t.type() == TokenType.OP ? t.text() : t.type() == TokenType.NAME ? t.text() : "") {
            case "==" -> CmpOp.EQ;
            case "!=" -> CmpOp.NOT_EQ;
            case "<" -> CmpOp.LT;
            case "<=" -> CmpOp.LT_E;
            case ">" -> CmpOp.GT;
            case ">=" -> CmpOp.GT_E;
            case "in" -> CmpOp.IN;
            case "is" -> peek(1).isName("not") ? CmpOp.IS_NOT : CmpOp.IS;
            case "not" -> peek(1).isName("in") ? CmpOp.NOT_IN : null;
            default -> null;
        };
        if (op != null) {
            advance();
            if (op == CmpOp.IS_NOT || op == CmpOp.NOT_IN) {
                advance();
            }
        }
        return op;
    }

    // ---- binary operators ------------------------------------------------------------------------------------

    Expr bitwiseOr() {
        return binary(0);
    }

    /**
     * The binary operators from bitwise_or down to term, by precedence climbing rather than one method per
     * grammar rule: the same trees (all left-associative), in far fewer stack frames per nesting level.
     */
    private Expr binary(int minPrecedence) {
        Token start = peek();
        Expr left = factor();
        int chained = 0;
        try {
            while (true) {
                Operator op = binaryOperator();
                if (op == null || precedence(op) < minPrecedence) {
                    return left;
                }
                advance();
                enterNesting();
                chained++;
                Expr right = binary(precedence(op) + 1);
                left = new BinOp(left, op, right, from(start));
            }
        } finally {
            for (int i = 0; i < chained; i++) {
                leaveNesting();
            }
        }
    }

    private static int precedence(Operator op) {
        return switch (op) {
            case BITOR -> 0;
            case BITXOR -> 1;
            case BITAND -> 2;
            case LSHIFT, RSHIFT -> 3;
            case ADD, SUB -> 4;
            default -> 5;
        };
    }

    private Operator binaryOperator() {
        Token t = peek();
        if (t.type() != TokenType.OP) {
            return null;
        }
        return switch (t.text()) {
            case "|" -> Operator.BITOR;
            case "^" -> Operator.BITXOR;
            case "&" -> Operator.BITAND;
            case "<<" -> Operator.LSHIFT;
            case ">>" -> Operator.RSHIFT;
            case "+" -> Operator.ADD;
            case "-" -> Operator.SUB;
            case "*" -> Operator.MULT;
            case "/" -> Operator.DIV;
            case "//" -> Operator.FLOORDIV;
            case "%" -> Operator.MOD;
            case "@" -> Operator.MATMULT;
            default -> null;
        };
    }

    Expr factor() {
        Token start = peek();
        UnaryOperator op = checkOp("+") ? UnaryOperator.UADD : checkOp("-") ? UnaryOperator.USUB
                : checkOp("~") ? UnaryOperator.INVERT : null;
        if (op == null) {
            return power();
        }
        advance();
        enterNesting();
        try {
            return new UnaryOp(op, factor(), from(start));
        } finally {
            leaveNesting();
        }
    }

    Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (!matchOp("**")) {
            return base;
        }
        enterNesting();
        try {
            return new BinOp(base, Operator.POW, factor(), from(start));
        } finally {
            leaveNesting();
        }
    }

    Expr awaitPrimary() {
        Token start = peek();
        if (matchKeyword("await")) {
            return new Await(primary(), from(start));
        }
        return primary();
    }

    // ---- primary: attribute, call, subscript -----------------------------------------------------------------

    Expr primary() {
        Token start = peek();
        Expr e = atom();
        int chained = 0;
        try {
            while (true) {
                if (checkOp(".")) {
                    advance();
                    String attr = expectName();
                    e = new Attribute(e, attr, from(start));
                } else if (checkOp("(")) {
                    e = call(e, start);
                } else if (checkOp("[")) {
                    advance();
                    Expr slice = slices();
                    expectClosing("]");
                    e = new Subscript(e, slice, from(start));
                } else {
                    return e;
                }
                enterNesting();
                chained++;
            }
        } finally {
            for (int i = 0; i < chained; i++) {
                leaveNesting();
            }
        }
    }

    /** Expects a closing bracket; an expression where it should be gets CPython's "forgot a comma" hint. */
    void expectClosing(String closer) {
        if (!checkOp(closer)) {
            throw invalidSyntax();
        }
        advance();
    }

    /** CPython's invalid_expression: two expressions side by side inside brackets. */
    void checkMissingComma(Expr previous) {
        if (!startsExpression() || previous == null || tokens.lexer().openBrackets().isEmpty()) {
            return;
        }
        if (previous instanceof Name n && SyntaxChecks.isSoftKeyword(n.id())) {
            return;
        }
        if (!SyntaxChecks.isDisjunctionLevel(previous)) {
            return;
        }
        int mark = tokens.mark();
        Expr next;
        try {
            next = expression();
        } catch (PythonSyntaxError e) {
            rethrowTokenizerError(e);
            tokens.reset(mark);
            return;
        }
        tokens.reset(mark);
        throw errorAt(span(previous.pos(), next.pos()), "invalid syntax. Perhaps you forgot a comma?");
    }

    private Expr call(Expr func, Token start) {
        advance();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        arguments(args, keywords, ")");
        expectClosing(")");
        return new Call(func, args, keywords, from(start));
    }

    /** The arguments of a call or class header, up to (not including) the closing bracket. */
    void arguments(List<Expr> args, List<Keyword> keywords, String closer) {
        boolean sawKeywordUnpacking = false;
        while (!checkOp(closer)) {
            Token argStart = peek();
            if (matchOp("**")) {
                keywords.add(new Keyword(null, expression(), from(argStart)));
                sawKeywordUnpacking = true;
            } else if (checkOp("*")) {
                advance();
                Expr value = expression();
                if (sawKeywordUnpacking) {
                    throw errorAt(span(from(argStart), value.pos()),
                            "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(new Starred(value, from(argStart)));
            } else if (checkName() && peek(1).isOp("=") && !peek(2).isOp("=")) {
                String name = expectName();
                advance();
                keywords.add(new Keyword(name, expression(), from(argStart)));
            } else {
                Expr arg = argument(args, keywords, closer);
                if (!keywords.isEmpty()) {
                    throw errorAtLastToken(sawKeywordUnpacking ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument");
                }
                args.add(arg);
            }
            if (!matchOp(",")) {
                checkMissingComma(lastArgument(args, keywords));
                break;
            }
        }
    }

    private static Expr lastArgument(List<Expr> args, List<Keyword> keywords) {
        if (!keywords.isEmpty()) {
            return keywords.get(keywords.size() - 1).value();
        }
        return args.isEmpty() ? null : args.get(args.size() - 1);
    }

    private Expr argument(List<Expr> args, List<Keyword> keywords, String closer) {
        Token start = peek();
        Expr e = namedExpressionForArgument();
        if (checkKeyword("for") || checkKeyword("async")) {
            List<Comprehension> generators = forIfClauses();
            Expr gen = new GeneratorExp(e, generators, from(start));
            boolean alone = args.isEmpty() && keywords.isEmpty() && checkOp(closer);
            if (!alone) {
                throw errorAt(gen, "Generator expression must be parenthesized");
            }
            return gen;
        }
        if (checkOp("=")) {
            throw errorAt(e.pos(), "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        return e;
    }

    private Expr namedExpressionForArgument() {
        Token start = peek();
        if (checkName() && peek(1).isOp(":=")) {
            String name = expectName();
            Pos namePos = from(start);
            advance();
            return new NamedExpr(new Name(name, namePos), expression(), from(start));
        }
        return expression();
    }

    /** slices: one slice, or a Tuple of slices and starred expressions. */
    Expr slices() {
        Token start = peek();
        Expr first = slice();
        if (!checkOp(",") && !(first instanceof Starred)) {
            checkMissingComma(first);
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (matchOp(",")) {
            if (checkOp("]")) {
                break;
            }
            elts.add(slice());
        }
        return new Tuple(elts, from(start));
    }

    private Expr slice() {
        Token start = peek();
        if (matchOp("*")) {
            return new Starred(bitwiseOr(), from(start));
        }
        Expr lower = null;
        if (!checkOp(":")) {
            lower = namedExpression();
            if (!checkOp(":")) {
                return lower;
            }
        }
        advance();
        Expr upper = checkOp(":") || checkOp("]") || checkOp(",") ? null : expression();
        Expr step = null;
        if (matchOp(":")) {
            step = checkOp("]") || checkOp(",") ? null : expression();
        }
        return new Slice(lower, upper, step, from(start));
    }

    // ---- atoms -----------------------------------------------------------------------------------------------

    Expr atom() {
        Token t = peek();
        switch (t.type()) {
            case NAME -> {
                return nameAtom(t);
            }
            case NUMBER -> {
                advance();
                return new Constant(NumberLiterals.value(t, this), from(t));
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return dictOrSetDisplay();
                    }
                    case "..." -> {
                        advance();
                        return new Constant(ConstantSingleton.ELLIPSIS, from(t));
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr nameAtom(Token t) {
        switch (t.text()) {
            case "None" -> {
                advance();
                return new Constant(ConstantSingleton.NONE, from(t));
            }
            case "True", "False" -> {
                advance();
                return new Constant(t.text().equals("True"), from(t));
            }
            default -> {
                return new Name(expectName(), from(t));
            }
        }
    }

    private Expr strings() {
        List<Token> parts = new ArrayList<>();
        while (check(TokenType.STRING)) {
            parts.add(advance());
        }
        return StringLiterals.concatenate(parts, this);
    }

    /** A new parser over an f-string replacement field's text, for {@link FStringParser}. */
    ExpressionParser subParser(String source, int firstLine) {
        return new ExpressionParser(new TokenStream(new Lexer(source, firstLine)));
    }

    /** Group, tuple, generator expression or parenthesized yield. */
    private Expr parenthesized() {
        Token start = advance();
        if (matchOp(")")) {
            return new Tuple(List.of(), from(start));
        }
        if (checkKeyword("yield")) {
            Expr y = yieldExpression();
            expectClosing(")");
            return y;
        }
        Expr first = starNamedExpression();
        if (checkKeyword("for") || checkKeyword("async")) {
            List<Comprehension> generators = forIfClauses();
            expectClosing(")");
            return new GeneratorExp(first, generators, from(start));
        }
        if (matchOp(")")) {
            if (first instanceof Starred) {
                throw errorAt(first, "cannot use starred expression here");
            }
            return first;
        }
        if (!checkOp(",")) {
            checkMissingComma(first);
            throw invalidSyntax();
        }
        List<Expr> elts = elementsAfter(first, ")");
        expectClosing(")");
        return new Tuple(elts, from(start));
    }

    /** The rest of a comma-separated display whose first element has been read. */
    private List<Expr> elementsAfter(Expr first, String closer) {
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (matchOp(",")) {
            if (checkOp(closer)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        checkMissingComma(elts.get(elts.size() - 1));
        return elts;
    }

    private Expr listDisplay() {
        Token start = advance();
        if (matchOp("]")) {
            return new looplab.language.ast.List(List.of(), from(start));
        }
        Expr first = starNamedExpression();
        if (checkKeyword("for") || checkKeyword("async")) {
            List<Comprehension> generators = forIfClauses();
            expectClosing("]");
            return new ListComp(first, generators, from(start));
        }
        List<Expr> elts = elementsAfter(first, "]");
        expectClosing("]");
        return new looplab.language.ast.List(elts, from(start));
    }

    private Expr dictOrSetDisplay() {
        Token start = advance();
        if (matchOp("}")) {
            return new Dict(List.of(), List.of(), from(start));
        }
        if (checkOp("**")) {
            return dictDisplay(start, null, null);
        }
        Expr first = starNamedExpression();
        if (matchOp(":")) {
            if (checkOp("}") || checkOp(",")) {
                throw errorAt(tokens.previous(), "SyntaxError", "expression expected after dictionary key and ':'");
            }
            Expr value = expression();
            if (checkKeyword("for") || checkKeyword("async")) {
                List<Comprehension> generators = forIfClauses();
                expectClosing("}");
                return new DictComp(first, value, generators, from(start));
            }
            return dictDisplay(start, first, value);
        }
        if (checkKeyword("for") || checkKeyword("async")) {
            List<Comprehension> generators = forIfClauses();
            expectClosing("}");
            return new SetComp(first, generators, from(start));
        }
        List<Expr> elts = elementsAfter(first, "}");
        expectClosing("}");
        return new looplab.language.ast.Set(elts, from(start));
    }

    private Expr dictDisplay(Token start, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (firstKey != null) {
            keys.add(firstKey);
            values.add(firstValue);
            if (!matchOp(",")) {
                checkMissingComma(firstValue);
                expectClosing("}");
                return new Dict(keys, values, from(start));
            }
        }
        while (!checkOp("}")) {
            if (matchOp("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                if (!matchOp(":")) {
                    throw invalidSyntax();
                }
                if (checkOp("}") || checkOp(",")) {
                    throw errorAt(tokens.previous(), "SyntaxError",
                            "expression expected after dictionary key and ':'");
                }
                values.add(expression());
            }
            if (!matchOp(",")) {
                checkMissingComma(values.get(values.size() - 1));
                break;
            }
        }
        expectClosing("}");
        return new Dict(keys, values, from(start));
    }

    /** for_if_clauses: one or more {@code [async] for target in iter [if cond]*}. */
    List<Comprehension> forIfClauses() {
        List<Comprehension> generators = new ArrayList<>();
        while (checkKeyword("for") || (checkKeyword("async") && peek(1).isName("for"))) {
            boolean isAsync = matchKeyword("async");
            advance();
            Expr target = targetList("in");
            SyntaxChecks.checkTarget(target, SyntaxChecks.TargetKind.FOR, this);
            expectKeyword("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (matchKeyword("if")) {
                ifs.add(disjunction());
            }
            generators.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return generators;
    }

    /**
     * star_targets as in for loops and comprehensions: comma-separated {@code [*]bitwise_or} items, which cannot
     * swallow the {@code in} that follows them. Validity as assignment targets is checked separately.
     */
    Expr targetList(String terminator) {
        Token start = peek();
        Expr first = starTarget();
        if (!checkOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (matchOp(",")) {
            if (checkKeyword(terminator) || !startsExpression()) {
                break;
            }
            elts.add(starTarget());
        }
        return new Tuple(elts, from(start));
    }

    Expr starTarget() {
        Token start = peek();
        if (matchOp("*")) {
            return new Starred(starTarget(), from(start));
        }
        return bitwiseOr();
    }

    Expr yieldExpression() {
        Token start = advance();
        if (matchKeyword("from")) {
            return new YieldFrom(expression(), from(start));
        }
        if (startsExpression()) {
            return new Yield(starExpressions(), from(start));
        }
        return new Yield(null, from(start));
    }

    // ---- parameters of def and lambda ------------------------------------------------------------------------

    /**
     * Parameters up to {@code closer}: positional-only before {@code /}, keyword-only after {@code *}.
     * Annotations only in a def ({@code annotated}).
     */
    Arguments parameters(boolean annotated, String closer) {
        return new ParameterList(this, annotated, closer).parse();
    }

    Arg parameter(boolean annotated, boolean starAnnotation) {
        Token start = peek();
        String name = expectName();
        Expr annotation = null;
        if (annotated && matchOp(":")) {
            annotation = starAnnotation ? starExpression() : expression();
        }
        return new Arg(name, annotation, from(start));
    }
}
