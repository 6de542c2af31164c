package looplab.runtime;

import looplab.vm.Interpreter;

/** Makes the modules a program may import available in a fresh interpreter. */
final class StandardModules {
    private StandardModules() {
    }

    static AsyncioRuntime install(Interpreter interp, Runner.Options options) {
        looplab.vm.modules.StdlibModules.install(interp);
        AsyncioRuntime runtime = AsyncioRuntime.install(interp, new RuntimeOptions(options.trace(), options.maxVirtualTime()));
        ExceptionEvents.install(interp, runtime);
        return runtime;
    }
}
