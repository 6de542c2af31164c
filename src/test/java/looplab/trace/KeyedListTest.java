package looplab.trace;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class KeyedListTest {
    record Job(long id, int priority) {
    }

    /** Sorts by priority, then by id. */
    private static Deadline priorityOf(Job job) {
        return new Deadline(job.priority(), job.id());
    }

    @Test
    void inInsertionOrderAReplacedValueKeepsItsPlace() {
        KeyedList<Job> jobs = KeyedList.<Job>inInsertionOrder(Job::id)
                .with(new Job(5, 0)).with(new Job(2, 0)).with(new Job(9, 0));
        KeyedList<Job> replaced = jobs.with(new Job(2, 7));

        assertEquals(List.of(5L, 2L, 9L), replaced.stream().map(Job::id).toList());
        assertEquals(new Job(2, 7), replaced.find(2));
        assertEquals(new Job(2, 0), jobs.find(2));
        assertEquals(List.of(5L, 9L, 4L), replaced.without(2).with(new Job(4, 0)).stream().map(Job::id).toList());
    }

    @Test
    void inIdOrderValuesFollowTheirIds() {
        KeyedList<Job> jobs = KeyedList.<Job>inIdOrder(Job::id).with(new Job(5, 0)).with(new Job(2, 0));

        assertEquals(List.of(new Job(2, 0), new Job(5, 0)), jobs);
        assertSame(jobs, jobs.without(3));
    }

    @Test
    void sortedAReplacedValueMovesToWhereItNowSorts() {
        KeyedList<Job> jobs = KeyedList.sortedBy(Job::id, KeyedListTest::priorityOf)
                .with(new Job(1, 30)).with(new Job(2, 10)).with(new Job(3, 20));
        KeyedList<Job> moved = jobs.with(new Job(2, 40));

        assertEquals(List.of(2L, 3L, 1L), jobs.stream().map(Job::id).toList());
        assertEquals(List.of(3L, 1L, 2L), moved.stream().map(Job::id).toList());
        assertEquals(List.of(3L, 2L), moved.without(1).stream().map(Job::id).toList());
        assertNull(moved.without(1).find(1));
    }

    @Test
    void listsWithTheSameValuesInTheSameOrderAreEqual() {
        KeyedList<Job> built = KeyedList.<Job>inInsertionOrder(Job::id).with(new Job(1, 0)).with(new Job(2, 0));
        KeyedList<Job> rebuilt = KeyedList.<Job>inInsertionOrder(Job::id).with(new Job(3, 0))
                .with(new Job(1, 0)).without(3).with(new Job(2, 0));

        assertEquals(built, rebuilt);
        assertEquals(List.of(new Job(1, 0), new Job(2, 0)), built);
        assertEquals(built.hashCode(), List.of(new Job(1, 0), new Job(2, 0)).hashCode());
    }
}
