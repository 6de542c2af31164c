package looplab.language;

import java.util.ArrayList;
import java.util.List;

import looplab.language.ast.*;

/** The patterns of {@code case} clauses (PEP 634), after CPython 3.11's pattern rules. */
abstract class PatternParser extends ExpressionParser {

    PatternParser(TokenStream tokens) {
        super(tokens);
    }

    /** patterns: an open sequence {@code case a, b:} or a single pattern. */
    Pattern patterns() {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!checkOp(",")) {
            if (first instanceof MatchStar) {
                return new MatchSequence(List.of(first), from(start));
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>(List.of(first));
        while (matchOp(",")) {
            if (checkOp(":") || checkKeyword("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new MatchSequence(items, from(start));
    }

    private Pattern maybeStarPattern() {
        Token start = peek();
        if (matchOp("*")) {
            String name = expectName();
            return new MatchStar(name.equals("_") ? null : name, from(start));
        }
        return pattern();
    }

    /** pattern: an or-pattern, optionally {@code as name}. */
    Pattern pattern() {
        enterNesting();
        try {
            Token start = peek();
            Pattern p = orPattern();
            if (!matchKeyword("as")) {
                return p;
            }
            String name = expectName();
            if (name.equals("_")) {
                throw errorAt(tokens.previous(), "SyntaxError", "cannot use '_' as a target");
            }
            return new MatchAs(p, name, from(start));
        } finally {
            leaveNesting();
        }
    }

    private Pattern orPattern() {
        Token start = peek();
        Pattern first = closedPattern();
        if (!checkOp("|")) {
            return first;
        }
        List<Pattern> alternatives = new ArrayList<>(List.of(first));
        while (matchOp("|")) {
            alternatives.add(closedPattern());
        }
        return new MatchOr(alternatives, from(start));
    }

    private Pattern closedPattern() {
        Token t = peek();
        if (t.isOp("(")) {
            return groupOrSequence();
        }
        if (t.isOp("[")) {
            return sequence("[", "]");
        }
        if (t.isOp("{")) {
            return mapping();
        }
        if (t.isName("None") || t.isName("True") || t.isName("False")) {
            advance();
            Object value = t.text().equals("None") ? ConstantSingleton.NONE : t.text().equals("True");
            return new MatchSingleton(value, from(t));
        }
        if (t.type() == TokenType.NUMBER || t.type() == TokenType.STRING || t.isOp("-")) {
            return new MatchValue(literalValue(), from(t));
        }
        if (checkName()) {
            return nameOrClassPattern();
        }
        throw invalidSyntax();
    }

    /** A literal in a pattern: a signed number or (non-f) strings. */
    private Expr literalValue() {
        Token t = peek();
        if (t.type() == TokenType.STRING) {
            Expr s = atom();
            if (s instanceof JoinedStr) {
                throw errorAt(s, "patterns may only match literals and attribute lookups");
            }
            return s;
        }
        if (matchOp("-")) {
            if (!check(TokenType.NUMBER)) {
                throw invalidSyntax();
            }
            return new UnaryOp(UnaryOperator.USUB, atom(), from(t));
        }
        return atom();
    }

    private Pattern nameOrClassPattern() {
        Token start = peek();
        Expr value = new Name(expectName(), from(start));
        boolean dotted = false;
        while (matchOp(".")) {
            value = new Attribute(value, expectName(), from(start));
            dotted = true;
        }
        if (checkOp("(")) {
            return classPattern(value, start);
        }
        if (dotted) {
            return new MatchValue(value, from(start));
        }
        String name = ((Name) value).id();
        return new MatchAs(null, name.equals("_") ? null : name, from(start));
    }

    private Pattern classPattern(Expr cls, Token start) {
        advance();
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!checkOp(")")) {
            if (checkName() && peek(1).isOp("=")) {
                kwdAttrs.add(expectName());
                advance();
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw errorAt(p.pos(), "positional patterns follow keyword patterns");
                }
                patterns.add(p);
            }
            if (!matchOp(",")) {
                break;
            }
        }
        expectClosing(")");
        return new MatchClass(cls, patterns, kwdAttrs, kwdPatterns, from(start));
    }

    private Pattern groupOrSequence() {
        Token start = advance();
        if (matchOp(")")) {
            return new MatchSequence(List.of(), from(start));
        }
        Pattern first = maybeStarPattern();
        if (matchOp(")")) {
            if (first instanceof MatchStar) {
                return new MatchSequence(List.of(first), from(start));
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>(List.of(first));
        while (matchOp(",")) {
            if (checkOp(")")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        expectClosing(")");
        return new MatchSequence(items, from(start));
    }

    private Pattern sequence(String open, String close) {
        Token start = advance();
        List<Pattern> items = new ArrayList<>();
        while (!checkOp(close)) {
            items.add(maybeStarPattern());
            if (!matchOp(",")) {
                break;
            }
        }
        expectClosing(close);
        return new MatchSequence(items, from(start));
    }

    private Pattern mapping() {
        Token start = advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!checkOp("}")) {
            if (matchOp("**")) {
                rest = expectName();
                matchOp(",");
                break;
            }
            keys.add(mappingKey());
            if (!matchOp(":")) {
                throw invalidSyntax();
            }
            values.add(pattern());
            if (!matchOp(",")) {
                break;
            }
        }
        expectClosing("}");
        return new MatchMapping(keys, values, rest, from(start));
    }

    private Expr mappingKey() {
        Token t = peek();
        if (t.isName("None") || t.isName("True") || t.isName("False")) {
            return atom();
        }
        if (checkName()) {
            Expr value = new Name(expectName(), from(t));
            if (!checkOp(".")) {
                throw invalidSyntax();
            }
            while (matchOp(".")) {
                value = new Attribute(value, expectName(), from(t));
            }
            return value;
        }
        return literalValue();
    }
}
