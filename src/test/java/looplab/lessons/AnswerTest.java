package looplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTest {
    @Test
    void numbersAreComparedByValue() {
        Answer one = Answer.of("1.0");
        assertTrue(one.accepts("1"));
        assertTrue(one.accepts("1.00"));
        assertTrue(one.accepts(" 1.0 "));
        assertFalse(one.accepts("1.5"));
        assertFalse(one.accepts("10"));
    }

    @Test
    void whitespaceAndCaseDoNotMatter() {
        Answer list = Answer.of("[0, 1, 2]");
        assertTrue(list.accepts("[0,1,2]"));
        assertTrue(list.accepts("[ 0 , 1 ,  2 ]"));
        assertFalse(list.accepts("[0, 2, 1]"));
        assertTrue(Answer.of("Done   0").accepts("done 0"));
        assertTrue(Answer.of("[1.0, 2]").accepts("[1, 2.0]"));
    }

    @Test
    void numbersInsideNamesAreNotRewritten() {
        assertEquals("task-2", Answer.normalise("Task-2"));
        assertFalse(Answer.of("Task-2").accepts("Task-2.0"));
        assertEquals("v1.0.2", Answer.normalise("v1.0.2"));
    }

    @Test
    void aTaskIsRightByItsNameOrItsCoroutine() {
        Answer task = new Answer("Task-3", List.of("Task-3", "fetch"));
        assertTrue(task.accepts("task-3"));
        assertTrue(task.accepts("fetch"));
        assertFalse(task.accepts("Task-2"));
    }

    @Test
    void clockAnswersAreRoundedToHundredths() {
        assertEquals("1.0", Answer.seconds(1.0000027));
        assertEquals("0.5", Answer.seconds(0.49999));
        assertEquals("0.25", Answer.seconds(0.25));
        assertEquals("3.0", Answer.seconds(3));
        assertEquals("0.0", Answer.seconds(0.0000001));
        assertTrue(Answer.clock(1.0000027).accepts("1"));
    }
}
