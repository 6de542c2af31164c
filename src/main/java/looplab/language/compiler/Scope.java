package looplab.language.compiler;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One scope of the symbol table (CPython's symtable entry): a module, class body, function, lambda or comprehension. */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** How a name is reached from this scope's code. */
    enum Access { FAST, CELL, FREE, GLOBAL, NAME, CLASS_FREE }

    final Kind kind;
    final String name;
    final Scope parent;
    final boolean comprehension;
    final List<String> params = new ArrayList<>();
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new LinkedHashSet<>();
    final Set<String> declaredNonlocal = new LinkedHashSet<>();
    /** Names this scope's own variables that inner scopes capture. */
    final Set<String> cells = new LinkedHashSet<>();
    /** Names captured from enclosing scopes (including ones only passed through to inner scopes). */
    final Set<String> frees = new LinkedHashSet<>();
    final List<Scope> children = new ArrayList<>();
    boolean generator;
    boolean coroutine;
    boolean needsClassCell;

    Scope(Kind kind, String name, Scope parent, boolean comprehension) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.comprehension = comprehension;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    /** True when this scope binds name as its own local variable. */
    boolean bindsLocally(String name) {
        return (assigned.contains(name) || params.contains(name)) && !declaredGlobal.contains(name)
                && !declaredNonlocal.contains(name);
    }

    Access access(String name) {
        if (declaredGlobal.contains(name)) {
            return Access.GLOBAL;
        }
        if (kind == Kind.MODULE) {
            return Access.NAME;
        }
        if (kind == Kind.CLASS) {
            if (frees.contains(name) && !assigned.contains(name)) {
                return Access.CLASS_FREE;
            }
            return Access.NAME;
        }
        if (cells.contains(name)) {
            return Access.CELL;
        }
        if (frees.contains(name)) {
            return Access.FREE;
        }
        if (bindsLocally(name)) {
            return Access.FAST;
        }
        return Access.GLOBAL;
    }

    static final class Table {
        final Map<Object, Scope> byNode = new IdentityHashMap<>();
        Scope module;
    }
}
