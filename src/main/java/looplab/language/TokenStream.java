package looplab.language;

import java.util.ArrayList;
import java.util.List;

/**
 * The parser's view of the lexer: tokens are read on demand (so a syntax error early in a file is reported
 * before a tokenizer error later on, as in CPython) and kept, so the parser can backtrack with mark/reset.
 */
final class TokenStream {
    private final Lexer lexer;
    private final List<Token> tokens = new ArrayList<>();
    private int mark;

    TokenStream(Lexer lexer) {
        this.lexer = lexer;
    }

    Lexer lexer() {
        return lexer;
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        while (tokens.size() <= mark + ahead) {
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() == TokenType.ENDMARKER) {
                return tokens.get(tokens.size() - 1);
            }
            tokens.add(lexer.next());
        }
        return tokens.get(mark + ahead);
    }

    Token advance() {
        Token t = peek();
        if (t.type() != TokenType.ENDMARKER) {
            mark++;
        }
        return t;
    }

    /** The most recently consumed token. */
    Token previous() {
        return tokens.get(Math.max(0, mark - 1));
    }

    /** The furthest token read so far: where CPython reports a generic "invalid syntax". */
    Token furthest() {
        return tokens.isEmpty() ? peek() : tokens.get(tokens.size() - 1);
    }

    int mark() {
        return mark;
    }

    void reset(int mark) {
        this.mark = mark;
    }

    /** Reads the rest of the source, so that a tokenizer error there takes precedence (CPython does the same). */
    void drainForTokenizerErrors() {
        while (tokens.isEmpty() || tokens.get(tokens.size() - 1).type() != TokenType.ENDMARKER) {
            tokens.add(lexer.next());
        }
    }
}
