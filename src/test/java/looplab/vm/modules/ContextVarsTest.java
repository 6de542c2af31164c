package looplab.vm.modules;

import looplab.runtime.CapturedOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import looplab.runtime.Runner;
import org.junit.jupiter.api.Test;

/** contextvars under asyncio: what CPython's Task and Handle do with contexts. */
class ContextVarsTest {

    private static String run(String source) {
        CapturedOutput out = new CapturedOutput();
        Runner.run(source, "main.py", Runner.Options.defaults(), out);
        assertEquals("", out.stderr());
        return out.stdout();
    }

    @Test
    void eachTaskRunsInACopyOfItsCreatorsContext() {
        String out = run("""
                import asyncio, contextvars
                rid = contextvars.ContextVar("rid", default="-")
                async def handle(n):
                    print("start", n, rid.get())
                    rid.set(n)
                    await asyncio.sleep(0.1 * (3 - n))
                    print("end", n, rid.get())
                async def main():
                    rid.set("main")
                    await asyncio.gather(handle(1), handle(2))
                    print("main", rid.get())
                asyncio.run(main())
                print("outside", rid.get())
                """);
        assertEquals("start 1 main\nstart 2 main\nend 2 2\nend 1 1\nmain main\noutside -\n", out);
    }

    @Test
    void aCallbackSeesTheContextCurrentWhenItWasScheduled() {
        String out = run("""
                import asyncio, contextvars
                v = contextvars.ContextVar("v")
                async def main():
                    v.set("scheduled")
                    asyncio.get_running_loop().call_soon(lambda: print(v.get()))
                    v.set("later")
                    await asyncio.sleep(0)
                asyncio.run(main())
                """);
        assertEquals("scheduled\n", out);
    }

    @Test
    void resetRestoresThePreviousValue() {
        String out = run("""
                import contextvars
                v = contextvars.ContextVar("v", default=0)
                token = v.set(1)
                v.reset(token)
                ctx = contextvars.copy_context()
                print(v.get(), ctx.run(v.set, 5) is not None, v.get(), ctx[v])
                """);
        assertEquals("0 True 0 5\n", out);
    }
}
