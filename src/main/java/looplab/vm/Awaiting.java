package looplab.vm;

/** `await` and `async for`: turning objects into the delegates that YIELD_FROM drives. */
final class Awaiting {
    private Awaiting() {
    }

    /** GET_AWAITABLE: a coroutine, or whatever __await__ returns (the runtime's futures answer with a Delegate). */
    static PyObject awaitable(PyObject obj, int where) {
        if (obj instanceof PyGenerator g) {
            if (g.isCoroutine()) {
                if (g.finished()) {
                    throw Errors.runtimeError("cannot reuse already awaited coroutine");
                }
                g.markAwaited();
                return g;
            }
        }
        PyObject await = obj.type().lookup("__await__");
        if (await == null) {
            String suffix = switch (where) {
                case 1 -> "'async with' received an object from __aenter__ that does not implement __await__: ";
                case 2 -> "'async with' received an object from __aexit__ that does not implement __await__: ";
                default -> null;
            };
            if (suffix != null) {
                throw Errors.typeError(suffix + obj.type().name());
            }
            throw Errors.typeError("object " + obj.type().name() + " can't be used in 'await' expression");
        }
        PyObject iterator = Calls.callMethod(await, obj, new PyObject[0], Args.NO_KEYWORDS);
        if (iterator instanceof PyGenerator g && g.isCoroutine()) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        return (PyObject) Delegation.of(iterator);
    }

    static PyObject aiter(PyObject obj) {
        PyObject aiter = obj.type().lookup("__aiter__");
        if (aiter == null && !(obj instanceof PyGenerator g && g.isAsyncGenerator())) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + obj.type().name());
        }
        if (obj instanceof PyGenerator g && g.isAsyncGenerator()) {
            return obj;
        }
        return Calls.callMethod(aiter, obj, new PyObject[0], Args.NO_KEYWORDS);
    }

    /** GET_ANEXT: the awaitable for the next item, already turned into a delegate. */
    static PyObject anext(PyObject aiterator) {
        if (aiterator instanceof PyGenerator g && g.isAsyncGenerator()) {
            return new AsyncGenStep(g, AsyncGenStep.Mode.SEND, PyNone.NONE);
        }
        PyObject anext = aiterator.type().lookup("__anext__");
        if (anext == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got "
                    + aiterator.type().name());
        }
        PyObject awaitable = Calls.callMethod(anext, aiterator, new PyObject[0], Args.NO_KEYWORDS);
        return awaitable(awaitable, 0);
    }
}
