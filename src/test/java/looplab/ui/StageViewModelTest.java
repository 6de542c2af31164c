package looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import looplab.trace.LoopState;
import looplab.trace.TraceChecker;
import looplab.trace.TraceEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class StageViewModelTest {
    static Stream<Samples.Sample> samples() {
        return Stream.of(Samples.crawl(), Samples.blockedLoop(), Samples.cancellation(), Samples.executor(),
                Samples.manyTasks(30));
    }

    static Stream<Arguments> samplesAndGrains() {
        return samples().flatMap(sample -> Stream.of(Grain.values()).map(grain -> Arguments.of(sample, grain)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSampleTracesKeepTheTraceGuarantees(Samples.Sample sample) {
        assertEquals(List.of(), TraceChecker.problems(sample.events()), sample.name());
    }

    @ParameterizedTest
    @MethodSource("samplesAndGrains")
    void theStateAtEveryStepEqualsReplayingTheTraceUpToIt(Samples.Sample sample, Grain grain) {
        StageViewModel model = StageViewModel.of(sample.events());
        LoopState folded = LoopState.initial();
        int applied = -1;
        int steps = 0;
        while (!model.atEnd()) {
            int before = model.index();
            model.step(grain);
            assertTrue(model.index() > before, "a step moves forward");
            while (applied < model.index()) {
                folded = folded.next(sample.events().get(++applied));
            }
            assertEquals(folded, model.state(), sample.name() + " by " + grain + " at event " + model.index());
            steps++;
        }
        assertTrue(steps > 1, "stepping by " + grain + " stops more than once");
    }

    @ParameterizedTest
    @MethodSource("samplesAndGrains")
    void steppingBackFromTheEndAtEachGrainReachesTheStartState(Samples.Sample sample, Grain grain) {
        StageViewModel model = StageViewModel.of(sample.events());
        LoopState first = model.state();
        model.toEnd();
        int guard = sample.events().size() + 2;
        while (!model.atStart() && guard-- > 0) {
            int before = model.index();
            model.back(grain);
            assertTrue(model.index() < before, "a step back moves back");
            assertEquals(model.replay().stateAt(model.index()), model.state());
        }
        assertTrue(model.atStart());
        assertEquals(first, model.state());
        assertEquals(LoopState.initial(), model.state());
    }

    @Test
    void taskStepsStopAtEveryHandleTheLoopRuns() {
        Samples.Sample sample = Samples.cancellation();
        StageViewModel model = StageViewModel.of(sample.events());
        long handles = sample.events().stream().filter(e -> e instanceof TraceEvent.TaskStepStarted
                || e instanceof TraceEvent.CallbackStarted).count();
        int stops = 0;
        while (!model.atEnd()) {
            model.step(Grain.TASK_STEP);
            if (!model.atEnd()) {
                stops++;
                TraceEvent event = model.currentEvent();
                assertTrue(event instanceof TraceEvent.TaskStepStarted || event instanceof TraceEvent.CallbackStarted);
            }
        }
        assertEquals(handles, stops);
    }

    @Test
    void jumpingToATimeShowsTheLastEventAtOrBeforeIt() {
        Samples.Sample sample = Samples.blockedLoop();
        StageViewModel model = StageViewModel.of(sample.events());

        model.jumpToTime(1.0);

        assertEquals(sample.mark("blocked"), model.index());
        assertTrue(model.state().isLoopBlocked());
        assertEquals(0.0, model.state().clock());
    }

    @Test
    void listenersHearEveryMoveWithTheNewState() {
        StageViewModel model = StageViewModel.of(Samples.cancellation().events());
        List<Integer> heard = new java.util.ArrayList<>();
        model.addListener(m -> heard.add(m.index()));

        model.step(Grain.ITERATION);
        model.step(Grain.ITERATION);
        model.back(Grain.ITERATION);
        model.restart();

        assertEquals(4, heard.size());
        assertEquals(-1, (int) heard.get(3));
    }
}
