package looplab.language.ast;

/** The constants that are neither numbers, strings nor booleans: None and {@code ...}. */
public enum ConstantSingleton {
    NONE, ELLIPSIS
}
