package looplab.runtime;

import looplab.vm.PyException;
import looplab.vm.PyNone;

/** The async context manager half shared by the primitives of locks.py (_ContextManagerMixin). */
final class Primitives {
    private Primitives() {
    }

    /** {@code async def __aenter__(self): await self.acquire(); return None}. */
    static JavaCoroutine enter(JavaCoroutine acquire) {
        return new JavaCoroutine("_ContextManagerMixin.__aenter__", () -> JavaCoroutine.await(acquire, Primitives::none));
    }

    /** {@code async def __aexit__(self, exc_type, exc, tb): self.release()}. */
    static JavaCoroutine exit(Runnable release) {
        return new JavaCoroutine("_ContextManagerMixin.__aexit__", () -> {
            release.run();
            return JavaCoroutine.returning(PyNone.NONE);
        });
    }

    /** A continuation that re-raises an error or returns None. */
    static JavaCoroutine.Step none(looplab.vm.PyObject value, PyException error) {
        if (error != null) {
            throw error;
        }
        return JavaCoroutine.returning(PyNone.NONE);
    }

    /** A continuation that re-raises an error or returns the awaited value. */
    static JavaCoroutine.Step value(looplab.vm.PyObject value, PyException error) {
        if (error != null) {
            throw error;
        }
        return JavaCoroutine.returning(value);
    }
}
