package looplab.trace;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

class PersistentIdMapTest {

    @Test
    void randomChangesAgreeWithATreeMapInIdOrder() {
        for (Edit edit : new Edit[]{null, new Edit()}) {
            Random random = new Random(11);
            TreeMap<Long, String> expected = new TreeMap<>();
            PersistentIdMap<String> map = PersistentIdMap.empty();
            for (int i = 0; i < 20_000; i++) {
                long id = random.nextInt(3_000) - 20;
                if (random.nextInt(3) == 0) {
                    expected.remove(id);
                    map = map.without(id, edit);
                } else {
                    expected.put(id, "v" + i);
                    map = map.with(id, "v" + i, edit);
                }
            }
            assertEquals(expected, map);
            assertEquals(new ArrayList<>(expected.keySet()), map.keyList());
            assertEquals(new ArrayList<>(expected.values()), map.valueList());
            assertEquals(expected.size(), map.size());
        }
    }

    @Test
    void negativeAndVeryLargeIdsAreKeptInOrder() {
        PersistentIdMap<String> map = PersistentIdMap.<String>empty()
                .with(Long.MAX_VALUE, "max").with(3, "three").with(-1, "minus one").with(1L << 40, "large")
                .with(Long.MIN_VALUE, "min");

        assertEquals(List.of(Long.MIN_VALUE, -1L, 3L, 1L << 40, Long.MAX_VALUE), map.keyList());
        assertEquals(List.of("min", "minus one", "three", "large", "max"), map.valueList());
        assertEquals("large", map.get(1L << 40));
        assertNull(map.get(1L << 39));
        assertEquals(4, map.without(-1).size());
    }

    @Test
    void theValueAtAnIndexCountsOnlyTheIdsPresent() {
        PersistentIdMap<String> sevens = PersistentIdMap.empty();
        for (long id = 0; id < 5_000; id += 7) {
            sevens = sevens.with(id, "v" + id);
        }
        PersistentIdMap<String> map = sevens;

        assertEquals(7 * 600, map.keyAt(600));
        assertEquals("v" + 7 * 600, map.valueAt(600));
        assertThrows(IndexOutOfBoundsException.class, () -> map.valueAt(map.size()));
    }

    @Test
    void aChangeLeavesTheMapItWasMadeFromAsItWas() {
        PersistentIdMap<String> before = PersistentIdMap.empty();
        for (long id = 1; id <= 2_000; id++) {
            before = before.with(id, "v" + id);
        }
        PersistentIdMap<String> after = before.with(1_000, "changed").without(5).with(1_000_000, "new");

        assertEquals("v1000", before.get(1_000));
        assertEquals("v5", before.get(5));
        assertNull(before.get(1_000_000));
        assertEquals(2_000, before.size());
        assertEquals("changed", after.get(1_000));
        assertNull(after.get(5));
        assertEquals(2_000, after.size());
    }

    @Test
    void changesUnderANewEditNeverReachAMapTakenUnderTheOldOne() {
        Edit first = new Edit();
        PersistentIdMap<String> map = PersistentIdMap.empty();
        for (long id = 0; id < 3_000; id++) {
            map = map.with(id, "v" + id, first);
        }
        Map<Long, String> copy = new TreeMap<>(map);
        PersistentIdMap<String> snapshot = map;

        Edit second = new Edit();
        for (long id = 0; id < 3_000; id += 2) {
            map = map.without(id, second).with(id + 100_000, "x", second);
        }

        assertEquals(copy, snapshot);
        assertEquals(3_000, map.size());
    }

    @Test
    void changingNothingGivesTheSameMap() {
        PersistentIdMap<String> map = PersistentIdMap.<String>empty().with(1, "one");

        assertSame(map, map.with(1, map.get(1L)));
        assertSame(map, map.without(2));
        assertSame(map, map.without(1L << 50));
        assertTrue(map.without(1).isEmpty());
    }
}
