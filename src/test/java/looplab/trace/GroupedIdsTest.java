package looplab.trace;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class GroupedIdsTest {

    @Test
    void eachGroupHoldsItsIdsInIdOrder() {
        GroupedIds lines = GroupedIds.empty().with(4, 9).with(4, 2).with(7, 3).with(4, 5);

        assertEquals(List.of(2L, 5L, 9L), lines.in(4));
        assertEquals(List.of(3L), lines.in(7));
        assertEquals(List.of(), lines.in(5));
        assertEquals(5L, lines.in(4).get(1));
    }

    @Test
    void removingTheLastIdOfAGroupEmptiesItAndLeavesTheOthers() {
        GroupedIds lines = GroupedIds.empty().with(4, 2).with(7, 3);
        GroupedIds moved = lines.without(4, 2).with(7, 2);

        assertTrue(moved.isEmpty(4));
        assertEquals(List.of(2L, 3L), moved.in(7));
        assertEquals(List.of(2L), lines.in(4));
        assertEquals(GroupedIds.empty().with(7, 3).with(7, 2), moved);
        assertSame(moved, moved.without(9, 1));
    }
}
