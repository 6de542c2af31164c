package looplab.vm.modules;

import looplab.vm.Interpreter;

/** Registers the standard-library modules implemented in the VM (math, random, time …). */
public final class StdlibModules {
    private StdlibModules() {
    }

    public static void install(Interpreter interp) {
        interp.modules.register("math", MathModule::create);
        interp.modules.register("random", RandomModule::create);
        interp.modules.register("time", TimeModule::create);
    }
}
