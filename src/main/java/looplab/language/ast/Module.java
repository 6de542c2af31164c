package looplab.language.ast;

import java.util.List;

/** A whole source file. */
public record Module(List<Stmt> body) {
}
