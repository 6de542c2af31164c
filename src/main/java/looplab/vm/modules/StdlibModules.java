package looplab.vm.modules;

import java.util.List;
import looplab.vm.Interpreter;

/** Registers the standard-library modules: those written in Java, and those bundled as Python source. */
public final class StdlibModules {
    /**
     * The modules bundled as Python (src/main/resources/looplab/lib), as CPython writes them in Python too.
     * docs/language.md lists them; StdlibDocTest keeps the page and this list in step.
     */
    public static final List<String> SOURCE_MODULES = List.of(
            "sys", "typing", "collections", "collections.abc", "itertools", "functools", "operator",
            "contextlib", "dataclasses", "json", "enum", "string", "statistics", "textwrap", "heapq", "bisect",
            "copy", "traceback", "contextvars", "logging", "io", "abc", "types", "inspect");

    private StdlibModules() {
    }

    public static void install(Interpreter interp) {
        interp.modules.register("math", MathModule::create);
        interp.modules.register("random", RandomModule::create);
        interp.modules.register("_looplab", LoopLabModule::create);
        interp.modules.register("_json", JsonModule::create);
        interp.modules.registerSource("_asyncbuiltins");
        SOURCE_MODULES.forEach(interp.modules::registerSource);
    }
}
