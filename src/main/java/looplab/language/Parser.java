package looplab.language;

import java.util.ArrayList;
import java.util.List;

import looplab.language.ast.*;
import looplab.language.ast.Module;

/**
 * Python 3.11 statements, by recursive descent over CPython's grammar ({@code Grammar/python.gram}); expressions
 * and patterns come from the classes this one extends. {@link #parse} is the front end's entry point.
 */
public final class Parser extends PatternParser {

    private Parser(TokenStream tokens) {
        super(tokens);
    }

    /**
     * Parses a whole file and applies CPython's post-parse checks.
     *
     * @throws PythonSyntaxError with CPython's message and location for any invalid program
     */
    public static Module parse(String source, String fileName) {
        TokenStream tokens = new TokenStream(new Lexer(source == null ? "" : source));
        Parser parser = new Parser(tokens);
        Module module;
        try {
            module = parser.file();
        } catch (PythonSyntaxError parseError) {
            throw preferTokenizerError(tokens, parseError);
        }
        SyntaxChecks.check(module, tokens.lexer().lines());
        return module;
    }

    /**
     * As CPython's {@code _PyPegen_tokenize_full_source_to_check_for_errors}: after a parser error the rest of
     * the file is tokenized, and a tokenizer error found there (or a bracket left open on an earlier line) is
     * reported instead.
     */
    private static PythonSyntaxError preferTokenizerError(TokenStream tokens, PythonSyntaxError parseError) {
        try {
            tokens.drainForTokenizerErrors();
            return parseError;
        } catch (PythonSyntaxError tokenizerError) {
            boolean unclosed = tokenizerError.message().endsWith("was never closed");
            if (unclosed && tokenizerError.line() >= parseError.endLine()) {
                return parseError;
            }
            return tokenizerError;
        }
    }

    Module file() {
        List<Stmt> body = new ArrayList<>();
        while (!check(TokenType.ENDMARKER)) {
            statement(body);
        }
        return new Module(body);
    }

    /** statement: a compound statement, or simple statements separated by ';' up to NEWLINE. */
    private void statement(List<Stmt> out) {
        int before = out.size();
        Stmt compound = compoundStatement(out);
        if (compound != null) {
            out.add(compound);
            return;
        }
        if (out.size() == before) {
            simpleStatements(out);
        }
    }

    private void simpleStatements(List<Stmt> out) {
        if (check(TokenType.INDENT) || check(TokenType.DEDENT)) {
            throw invalidSyntax();
        }
        while (true) {
            out.add(simpleStatement());
            if (!matchOp(";")) {
                break;
            }
            if (check(TokenType.NEWLINE)) {
                break;
            }
        }
        if (!check(TokenType.NEWLINE)) {
            throw invalidSyntax();
        }
        advance();
    }

    private Stmt compoundStatement(List<Stmt> out) {
        Token t = peek();
        if (t.isOp("@")) {
            return decorated();
        }
        if (t.type() != TokenType.NAME) {
            return null;
        }
        return switch (t.text()) {
            case "def" -> functionDef(List.of(), t);
            case "class" -> classDef(List.of(), t);
            case "if" -> ifStatement();
            case "while" -> whileStatement();
            case "for" -> forStatement(t, false);
            case "try" -> tryStatement();
            case "with" -> withStatement(t, false);
            case "async" -> asyncStatement(List.of(), t);
            case "match" -> matchStatement(out);
            default -> null;
        };
    }

    // ---- simple statements ---------------------------------------------------------------------------------

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.type() == TokenType.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    advance();
                    return new Pass(from(t));
                }
                case "break" -> {
                    advance();
                    return new Break(from(t));
                }
                case "continue" -> {
                    advance();
                    return new Continue(from(t));
                }
                case "return" -> {
                    return returnStatement();
                }
                case "raise" -> {
                    return raiseStatement();
                }
                case "global", "nonlocal" -> {
                    return nameDeclaration();
                }
                case "del" -> {
                    return delStatement();
                }
                case "assert" -> {
                    return assertStatement();
                }
                case "import" -> {
                    return importName();
                }
                case "from" -> {
                    return importFrom();
                }
                default -> { }
            }
        }
        return expressionOrAssignment();
    }

    private Stmt returnStatement() {
        Token start = advance();
        Expr value = startsExpression() ? starExpressions() : null;
        return new Return(value, from(start));
    }

    private Stmt raiseStatement() {
        Token start = advance();
        if (!startsExpression()) {
            return new Raise(null, null, from(start));
        }
        Expr exc = expression();
        Expr cause = matchKeyword("from") ? expression() : null;
        return new Raise(exc, cause, from(start));
    }

    private Stmt nameDeclaration() {
        Token start = advance();
        List<String> names = new ArrayList<>();
        do {
            names.add(expectName());
        } while (matchOp(","));
        return start.text().equals("global") ? new Global(names, from(start)) : new Nonlocal(names, from(start));
    }

    private Stmt delStatement() {
        Token start = advance();
        List<Expr> targets = new ArrayList<>();
        do {
            if (!startsExpression() && !targets.isEmpty()) {
                break;
            }
            Expr target = bitwiseOr();
            SyntaxChecks.checkTarget(target, SyntaxChecks.TargetKind.DEL, this);
            targets.add(target);
        } while (matchOp(","));
        if (!checkOp(";") && !check(TokenType.NEWLINE)) {
            throw invalidSyntax();
        }
        return new Delete(targets, from(start));
    }

    private Stmt assertStatement() {
        Token start = advance();
        Expr test = expression();
        Expr msg = matchOp(",") ? expression() : null;
        return new Assert(test, msg, from(start));
    }

    private Stmt importName() {
        Token start = advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token nameStart = peek();
            String name = dottedName();
            String asname = matchKeyword("as") ? expectName() : null;
            names.add(new Alias(name, asname, from(nameStart)));
        } while (matchOp(","));
        return new Import(names, from(start));
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(expectName());
        while (matchOp(".")) {
            name.append('.').append(expectName());
        }
        return name.toString();
    }

    private Stmt importFrom() {
        Token start = advance();
        int level = 0;
        while (checkOp(".") || checkOp("...")) {
            level += advance().text().length();
        }
        String module = level > 0 && checkKeyword("import") ? null : dottedName();
        expectKeyword("import");
        List<Alias> names = new ArrayList<>();
        if (checkOp("*")) {
            Token star = advance();
            names.add(new Alias("*", null, from(star)));
        } else if (matchOp("(")) {
            importAliases(names, true);
            expectClosing(")");
        } else {
            importAliases(names, false);
        }
        return new ImportFrom(module, names, level, from(start));
    }

    private void importAliases(List<Alias> names, boolean parenthesized) {
        do {
            if (parenthesized && checkOp(")") && !names.isEmpty()) {
                return;
            }
            Token nameStart = peek();
            String name = expectName();
            String asname = matchKeyword("as") ? expectName() : null;
            names.add(new Alias(name, asname, from(nameStart)));
        } while (matchOp(","));
        if (!parenthesized && names.size() > 0 && tokens.previous().isOp(",")) {
            throw errorAtLastToken("trailing comma not allowed without surrounding parentheses");
        }
    }

    /** Expression statements and the assignment forms: {@code =} chains, {@code +=}, annotations. */
    private Stmt expressionOrAssignment() {
        Token start = peek();
        if (checkKeyword("yield")) {
            Expr y = yieldExpression();
            if (checkOp("=")) {
                throw errorAt(y, "assignment to yield expression not possible");
            }
            return new ExprStmt(y, from(start));
        }
        Expr first = starExpressions();
        if (checkOp(":")) {
            return annotatedAssignment(start, first);
        }
        Operator aug = augmentedOperator();
        if (aug != null) {
            return augmentedAssignment(start, first, aug);
        }
        if (!checkOp("=")) {
            return new ExprStmt(first, from(start));
        }
        return assignment(start, first);
    }

    private Stmt assignment(Token start, Expr first) {
        List<Expr> targets = new ArrayList<>();
        Expr value = first;
        while (checkOp("=")) {
            checkAssignmentTarget(value);
            targets.add(value);
            advance();
            value = checkKeyword("yield") ? yieldExpression() : starExpressions();
        }
        return new Assign(targets, value, from(start));
    }

    private void checkAssignmentTarget(Expr target) {
        if (SyntaxChecks.invalidTarget(target, SyntaxChecks.TargetKind.ASSIGN) == null) {
            return;
        }
        if (target instanceof Yield || target instanceof YieldFrom) {
            throw errorAt(target, "assignment to yield expression not possible");
        }
        if (SyntaxChecks.isBitwiseOrLevel(target) && !SyntaxChecks.isExcludedFromEqualsHint(target)
                && !(target instanceof Tuple)) {
            throw errorAt(target, "cannot assign to " + SyntaxChecks.describe(target)
                    + " here. Maybe you meant '==' instead of '='?");
        }
        SyntaxChecks.checkTarget(target, SyntaxChecks.TargetKind.ASSIGN, this);
    }

    private Stmt annotatedAssignment(Token start, Expr target) {
        if (target instanceof Tuple t) {
            throw errorAt(t.elts().get(0), "only single target (not tuple) can be annotated");
        }
        if (target instanceof looplab.language.ast.List) {
            throw errorAt(target, "only single target (not list) can be annotated");
        }
        if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
            throw errorAt(target, "illegal target for annotation");
        }
        advance();
        Expr annotation = expression();
        Expr value = null;
        if (matchOp("=")) {
            value = checkKeyword("yield") ? yieldExpression() : starExpressions();
        }
        boolean simple = target instanceof Name && start.type() == TokenType.NAME;
        return new AnnAssign(target, annotation, value, simple, from(start));
    }

    private Stmt augmentedAssignment(Token start, Expr target, Operator op) {
        if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
            throw errorAt(target, "'" + SyntaxChecks.describe(target)
                    + "' is an illegal expression for augmented assignment");
        }
        advance();
        Expr value = checkKeyword("yield") ? yieldExpression() : starExpressions();
        return new AugAssign(target, op, value, from(start));
    }

    private Operator augmentedOperator() {
        Token t = peek();
        if (t.type() != TokenType.OP || !t.text().endsWith("=") || t.text().length() < 2) {
            return null;
        }
        return switch (t.text()) {
            case "+=" -> Operator.ADD;
            case "-=" -> Operator.SUB;
            case "*=" -> Operator.MULT;
            case "@=" -> Operator.MATMULT;
            case "/=" -> Operator.DIV;
            case "%=" -> Operator.MOD;
            case "&=" -> Operator.BITAND;
            case "|=" -> Operator.BITOR;
            case "^=" -> Operator.BITXOR;
            case "<<=" -> Operator.LSHIFT;
            case ">>=" -> Operator.RSHIFT;
            case "**=" -> Operator.POW;
            case "//=" -> Operator.FLOORDIV;
            default -> null;
        };
    }

    // ---- blocks ----------------------------------------------------------------------------------------------

    /**
     * The ':' ending a compound statement's header. Like CPython, a missing ':' before the end of the line is
     * "expected ':'"; for headers where CPython uses a forced token it is so whatever follows.
     */
    void expectColon(boolean forced) {
        if (matchOp(":")) {
            return;
        }
        if (forced || check(TokenType.NEWLINE)) {
            throw errorAt(peek(), "SyntaxError", "expected ':'");
        }
        throw invalidSyntax();
    }

    /** block: an indented suite, or simple statements on the header's line. */
    List<Stmt> block(String what, Token header) {
        List<Stmt> body = new ArrayList<>();
        if (!check(TokenType.NEWLINE)) {
            simpleStatements(body);
            return body;
        }
        advance();
        if (!check(TokenType.INDENT)) {
            // At the end of the file CPython blames the header's own line, there being no next line to show.
            Token blamed = check(TokenType.ENDMARKER) ? header : peek();
            throw errorAt(blamed, "IndentationError", "expected an indented block after " + what + " on line "
                    + header.line());
        }
        advance();
        enterNesting();
        try {
            while (!check(TokenType.DEDENT) && !check(TokenType.ENDMARKER)) {
                statement(body);
            }
        } finally {
            leaveNesting();
        }
        matchDedent();
        return body;
    }

    private void matchDedent() {
        if (check(TokenType.DEDENT)) {
            advance();
        }
    }

    // ---- compound statements ---------------------------------------------------------------------------------

    private Stmt ifStatement() {
        Token start = advance();
        Expr test = namedExpression();
        expectColon(false);
        List<Stmt> body = block("'" + start.text() + "' statement", start);
        List<Stmt> orelse = List.of();
        if (checkKeyword("elif")) {
            orelse = List.of(ifStatement());
        } else if (checkKeyword("else")) {
            orelse = elseBlock();
        }
        return new If(test, body, orelse, from(start));
    }

    private List<Stmt> elseBlock() {
        Token elseToken = advance();
        expectColon(true);
        return block("'else' statement", elseToken);
    }

    private Stmt whileStatement() {
        Token start = advance();
        Expr test = namedExpression();
        expectColon(false);
        List<Stmt> body = block("'while' statement", start);
        List<Stmt> orelse = checkKeyword("else") ? elseBlock() : List.of();
        return new While(test, body, orelse, from(start));
    }

    private Stmt forStatement(Token start, boolean isAsync) {
        Token forToken = advance();
        Expr target = targetList("in");
        SyntaxChecks.checkTarget(target, SyntaxChecks.TargetKind.FOR, this);
        expectKeyword("in");
        Expr iter = starExpressions();
        expectColon(false);
        List<Stmt> body = block("'for' statement", forToken);
        List<Stmt> orelse = checkKeyword("else") ? elseBlock() : List.of();
        return isAsync ? new AsyncFor(target, iter, body, orelse, from(start))
                : new For(target, iter, body, orelse, from(start));
    }

    private Stmt withStatement(Token start, boolean isAsync) {
        Token withToken = advance();
        List<WithItem> items = parenthesizedWithItems();
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (matchOp(","));
        }
        expectColon(false);
        List<Stmt> body = block("'with' statement", withToken);
        return isAsync ? new AsyncWith(items, body, from(start)) : new With(items, body, from(start));
    }

    /** {@code with (a as b, c):} — tried first, as in CPython; null if the brackets belong to an expression. */
    private List<WithItem> parenthesizedWithItems() {
        if (!checkOp("(")) {
            return null;
        }
        int mark = tokens.mark();
        try {
            advance();
            List<WithItem> items = new ArrayList<>();
            do {
                if (checkOp(")") && !items.isEmpty()) {
                    break;
                }
                items.add(withItem());
            } while (matchOp(","));
            expectOp(")");
            if (!checkOp(":")) {
                tokens.reset(mark);
                return null;
            }
            return items;
        } catch (PythonSyntaxError e) {
            rethrowTokenizerError(e);
            tokens.reset(mark);
            return null;
        }
    }

    private WithItem withItem() {
        Expr context = expression();
        Expr vars = null;
        if (matchKeyword("as")) {
            vars = starTarget();
            SyntaxChecks.checkTarget(vars, SyntaxChecks.TargetKind.ASSIGN, this);
        }
        return new WithItem(context, vars);
    }

    private Stmt tryStatement() {
        Token start = advance();
        expectColon(true);
        List<Stmt> body = block("'try' statement", start);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (checkKeyword("except")) {
            Token exceptToken = advance();
            boolean isStar = matchOp("*");
            if (star != null && star != isStar) {
                throw errorAt(exceptToken, "SyntaxError",
                        "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = isStar;
            handlers.add(exceptHandler(exceptToken, isStar));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && checkKeyword("else")) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (checkKeyword("finally")) {
            Token finallyToken = advance();
            expectColon(true);
            finalbody = block("'finally' statement", finallyToken);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAt(peek(), "SyntaxError", "expected 'except' or 'finally' block");
        }
        return Boolean.TRUE.equals(star) ? new TryStar(body, handlers, orelse, finalbody, from(start))
                : new Try(body, handlers, orelse, finalbody, from(start));
    }

    private ExceptHandler exceptHandler(Token start, boolean isStar) {
        Expr type = null;
        String name = null;
        if (!checkOp(":")) {
            type = expression();
            if (checkOp(",")) {
                Token comma = peek();
                List<Expr> rest = new ArrayList<>(List.of(type));
                while (matchOp(",") && startsExpression()) {
                    rest.add(expression());
                }
                throw errorAt(span(type.pos(), rest.get(rest.size() - 1).pos()),
                        "multiple exception types must be parenthesized");
            }
            if (matchKeyword("as")) {
                name = expectName();
            }
        } else if (isStar) {
            throw errorAt(peek(), "SyntaxError", "expected one or more exception types");
        }
        expectColon(false);
        List<Stmt> body = block(isStar ? "'except*' statement" : "'except' statement", start);
        return new ExceptHandler(type, name, body, from(start));
    }

    // ---- definitions -----------------------------------------------------------------------------------------

    private Stmt decorated() {
        Token start = peek();
        List<Expr> decorators = new ArrayList<>();
        while (matchOp("@")) {
            decorators.add(namedExpression());
            if (!check(TokenType.NEWLINE)) {
                throw invalidSyntax();
            }
            advance();
        }
        Token t = peek();
        if (t.isName("def")) {
            return functionDef(decorators, t);
        }
        if (t.isName("class")) {
            return classDef(decorators, t);
        }
        if (t.isName("async") && peek(1).isName("def")) {
            return asyncStatement(decorators, t);
        }
        throw invalidSyntax();
    }

    private Stmt asyncStatement(List<Expr> decorators, Token start) {
        Token next = peek(1);
        if (next.isName("def")) {
            advance();
            return functionDef(decorators, start);
        }
        if (!decorators.isEmpty()) {
            throw invalidSyntax();
        }
        if (next.isName("for")) {
            advance();
            return forStatement(start, true);
        }
        if (next.isName("with")) {
            advance();
            return withStatement(start, true);
        }
        advance();
        throw invalidSyntax();
    }

    private Stmt functionDef(List<Expr> decorators, Token start) {
        boolean isAsync = start.isName("async");
        Token defToken = advance();
        String name = expectName();
        if (!checkOp("(")) {
            throw errorAt(peek(), "SyntaxError", "expected '('");
        }
        advance();
        Arguments args = checkOp(")") ? emptyArguments() : parameters(true, ")");
        expectClosing(")");
        Expr returns = matchOp("->") ? expression() : null;
        expectColon(true);
        List<Stmt> body = block("function definition", defToken);
        Pos pos = from(start);
        return isAsync ? new AsyncFunctionDef(name, args, body, decorators, returns, pos)
                : new FunctionDef(name, args, body, decorators, returns, pos);
    }

    private Stmt classDef(List<Expr> decorators, Token start) {
        Token classToken = advance();
        String name = expectName();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (matchOp("(")) {
            arguments(bases, keywords, ")");
            expectClosing(")");
        }
        expectColon(false);
        List<Stmt> body = block("class definition", classToken);
        return new ClassDef(name, bases, keywords, body, decorators, from(start));
    }

    // ---- match -----------------------------------------------------------------------------------------------

    /** {@code match} is a soft keyword: a match statement only if what follows parses as one (CPython's way). */
    private Stmt matchStatement(List<Stmt> out) {
        Token start = peek();
        int mark = tokens.mark();
        Expr subject;
        try {
            advance();
            subject = matchSubject();
            if (!checkOp(":") && !check(TokenType.NEWLINE)) {
                tokens.reset(mark);
                return null;
            }
        } catch (PythonSyntaxError e) {
            rethrowTokenizerError(e);
            tokens.reset(mark);
            return null;
        }
        if (check(TokenType.NEWLINE)) {
            matchHeaderWithoutColon(mark, out);
            return null;
        }
        expectColon(false);
        if (!check(TokenType.NEWLINE)) {
            throw invalidSyntax();
        }
        advance();
        if (!check(TokenType.INDENT)) {
            throw errorAt(peek(), "IndentationError",
                    "expected an indented block after 'match' statement on line " + start.line());
        }
        advance();
        List<MatchCase> cases = new ArrayList<>();
        while (peek().isName("case")) {
            cases.add(caseBlock());
        }
        if (cases.isEmpty() || !check(TokenType.DEDENT) && !check(TokenType.ENDMARKER)) {
            throw invalidSyntax();
        }
        matchDedent();
        return new Match(subject, cases, from(start));
    }

    /** {@code match(x)} alone on a line is a call; if it is not a valid statement either, the ':' is missing. */
    private void matchHeaderWithoutColon(int mark, List<Stmt> out) {
        Token newline = peek();
        tokens.reset(mark);
        try {
            simpleStatements(out);
        } catch (PythonSyntaxError e) {
            throw errorAt(newline, "SyntaxError", "expected ':'");
        }
    }

    private Expr matchSubject() {
        Token start = peek();
        Expr first = starNamedExpression();
        if (!checkOp(",")) {
            if (first instanceof Starred) {
                throw invalidSyntax();
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (matchOp(",")) {
            if (checkOp(":")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        return new Tuple(elts, from(start));
    }

    private MatchCase caseBlock() {
        Token caseToken = advance();
        Pattern pattern = patterns();
        Expr guard = matchKeyword("if") ? namedExpression() : null;
        expectColon(false);
        List<Stmt> body = block("'case' statement", caseToken);
        return new MatchCase(pattern, guard, body);
    }
}
