package looplab.vm.modules;

import looplab.vm.Interpreter;

/** Registers the standard-library modules implemented in the VM (math, random, time …). */
public final class StdlibModules {
    private StdlibModules() {
    }

    public static void install(Interpreter interp) {
    }
}
