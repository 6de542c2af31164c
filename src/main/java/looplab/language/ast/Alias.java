package looplab.language.ast;

/** {@code name as asname} in an import; asname may be null. */
public record Alias(String name, String asname, Pos pos) {
}
