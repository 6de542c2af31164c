package looplab.trace;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RecentStatesTest {
    private final List<LoopState> states = statesOf(Scenarios.threeFetches().events());

    private static List<LoopState> statesOf(List<TraceEvent> events) {
        LoopState state = LoopState.initial();
        List<LoopState> all = new java.util.ArrayList<>(List.of(state));
        for (TraceEvent event : events) {
            state = state.next(event);
            all.add(state);
        }
        return all;
    }

    @Test
    void theNearestKeptStateBeforeAnIndexIsFound() {
        RecentStates recent = new RecentStates(1_000, 10);
        recent.add(states.get(3), 10);
        recent.add(states.get(8), 10);

        assertSame(states.get(8), recent.at(7));
        assertNull(recent.at(6));
        assertSame(states.get(3), recent.latestAtOrBefore(6));
        assertSame(states.get(8), recent.latestAtOrBefore(20));
        assertNull(recent.latestAtOrBefore(1));
    }

    @Test
    void theOldestGoFirstOncePastTheBudget() {
        RecentStates recent = new RecentStates(100, 10);
        recent.add(states.get(1), 40);
        recent.add(states.get(2), 40);
        recent.add(states.get(3), 40);

        assertNull(recent.at(0), "the first state went to make room");
        assertNotNull(recent.at(1));
        assertNotNull(recent.at(2));
        assertEquals(2, recent.size());
    }

    @Test
    void aStateDearerThanTheWholeBudgetIsNotKept() {
        RecentStates recent = new RecentStates(100, 10);
        recent.add(states.get(1), 10);
        recent.add(states.get(2), 500);

        assertNull(recent.at(1));
        assertNotNull(recent.at(0));
    }

    @Test
    void atMostSoManyStatesAreKept() {
        RecentStates recent = new RecentStates(1_000, 2);
        for (int i = 1; i <= 5; i++) {
            recent.add(states.get(i), 1);
        }

        assertEquals(2, recent.size());
        assertNotNull(recent.at(3));
        assertNull(recent.at(2));
    }
}
