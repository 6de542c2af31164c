package looplab.trace;

import looplab.trace.LoopState.ReadyHandle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ReadyQueueTest {

    @Test
    void aTaskHasAHandleInReadyUntilItsLastOneLeaves() {
        ReadyQueue ready = ReadyQueue.empty()
                .with(new ReadyHandle(10, "Task-2.__step", 2), null)
                .with(new ReadyHandle(11, "Task-2.__wakeup", 2), null)
                .with(new ReadyHandle(12, "callback", -1), null);

        assertTrue(ready.hasHandleFor(2));
        assertTrue(ready.without(10, null).hasHandleFor(2));
        assertFalse(ready.without(10, null).without(11, null).hasHandleFor(2));
        assertFalse(ready.hasHandleFor(3));
    }

    @Test
    void aHandleScheduledAgainKeepsItsPlaceAndMayChangeItsTask() {
        ReadyQueue ready = ReadyQueue.empty()
                .with(new ReadyHandle(10, "a", 2), null)
                .with(new ReadyHandle(11, "b", 3), null)
                .with(new ReadyHandle(10, "a again", 4), null);

        assertEquals(List.of(new ReadyHandle(10, "a again", 4), new ReadyHandle(11, "b", 3)), ready);
        assertFalse(ready.hasHandleFor(2));
        assertTrue(ready.hasHandleFor(4));
    }
}
