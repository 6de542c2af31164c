package looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import looplab.trace.LoopState;
import looplab.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** What the window gets from running a program: the run, its trace (capped), how it ended. */
class ProgramSessionTest {
    private static final String RUNAWAY_TASK = """
            import asyncio

            async def main():
                await asyncio.sleep(0.5)
                while True:
                    pass

            asyncio.run(main())
            """;

    @Test
    void aTraceCutAtItsCapStillEndsWithHowTheProgramEndedSoTheStageCanSayIt() {
        ProgramRun run = ProgramSession.run(ProgramRunner.withBudget(1_000_000, 60), RUNAWAY_TASK, "main.py", 1000);

        assertTrue(run.traceTruncated());
        assertEquals(3, run.exitCode());
        assertEquals(1001, run.events().size());
        TraceEvent.ProgramEnded end = (TraceEvent.ProgramEnded) run.events().get(1000);
        assertEquals(3, end.exitCode());
        StageViewModel model = StageViewModel.of(run.events());
        model.toEnd();
        LoopState.Ended ended = model.state().ended();
        assertEquals(3, ended.exitCode());
        assertEquals("stopped by its budget", ended.message());
    }

    @Test
    void underItsCapTheTraceIsWhole() {
        ProgramRun run = ProgramSession.run(ProgramRunner.withBudget(1_000_000, 60),
                "import asyncio\nasyncio.run(asyncio.sleep(1))\n", "main.py", 1000);

        assertTrue(!run.traceTruncated());
        assertEquals(0, run.exitCode());
        assertTrue(run.events().get(run.events().size() - 1) instanceof TraceEvent.ProgramEnded);
    }
}
