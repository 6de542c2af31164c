package looplab.language;

/** Kinds of token, as in CPython's {@code token} module; KEYWORD and ERROR exist only for the editor's highlighting. */
public enum TokenType {
    NAME, NUMBER, STRING, OP,
    NEWLINE, INDENT, DEDENT, ENDMARKER,
    COMMENT, KEYWORD, ERROR
}
