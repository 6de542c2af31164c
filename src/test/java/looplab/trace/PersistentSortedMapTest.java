package looplab.trace;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

class PersistentSortedMapTest {

    @Test
    void randomChangesAgreeWithATreeMapAndKeepTheTreeBalanced() {
        for (Edit edit : new Edit[]{null, new Edit()}) {
            Random random = new Random(5);
            TreeMap<Integer, String> expected = new TreeMap<>();
            PersistentSortedMap<Integer, String> map = PersistentSortedMap.empty();
            for (int i = 0; i < 20_000; i++) {
                int key = random.nextInt(2_000);
                if (random.nextInt(3) == 0) {
                    expected.remove(key);
                    map = map.without(key, edit);
                } else {
                    expected.put(key, "v" + i);
                    map = map.with(key, "v" + i, edit);
                }
            }
            assertTrue(map.isBalanced());
            assertEquals(expected, map);
            assertEquals(new ArrayList<>(expected.keySet()), map.keyList());
            assertEquals(new ArrayList<>(expected.values()), map.valueList());
            assertEquals(expected.get(1_000), map.get(1_000));
        }
    }

    @Test
    void theEntryAtAnIndexAndAKeysRankFollowTheOrder() {
        PersistentSortedMap<String, Integer> map = PersistentSortedMap.<String, Integer>empty()
                .with("pear", 1).with("apple", 2).with("fig", 3);

        assertEquals(List.of("apple", "fig", "pear"), List.of(map.keyAt(0), map.keyAt(1), map.keyAt(2)));
        assertEquals(3, map.valueAt(1));
        assertEquals(1, map.rank("banana"));
        assertEquals(2, map.rank("pear"));
        assertThrows(IndexOutOfBoundsException.class, () -> map.keyAt(3));
    }

    @Test
    void aChangeLeavesTheMapItWasMadeFromAsItWas() {
        PersistentSortedMap<Integer, String> before = PersistentSortedMap.empty();
        for (int i = 0; i < 100; i++) {
            before = before.with(i, "v" + i);
        }
        PersistentSortedMap<Integer, String> after = before.with(50, "changed").without(7).with(200, "new");

        assertEquals("v50", before.get(50));
        assertEquals("v7", before.get(7));
        assertNull(before.get(200));
        assertEquals(100, before.size());
        assertEquals("changed", after.get(50));
        assertFalse(after.containsKey(7));
        assertEquals(100, after.size());
    }

    @Test
    void changesUnderANewEditNeverReachAMapTakenUnderTheOldOne() {
        Edit first = new Edit();
        PersistentSortedMap<Integer, String> map = PersistentSortedMap.empty();
        for (int i = 0; i < 1_000; i++) {
            map = map.with(i, "v" + i, first);
        }
        Map<Integer, String> copy = new TreeMap<>(map);
        PersistentSortedMap<Integer, String> snapshot = map;

        Edit second = new Edit();
        for (int i = 0; i < 1_000; i += 3) {
            map = map.without(i, second).with(i + 5_000, "x", second);
        }

        assertEquals(copy, snapshot);
        assertTrue(snapshot.isBalanced());
        assertTrue(second.nodesMade() > 0);
    }

    @Test
    void changingNothingGivesTheSameMap() {
        PersistentSortedMap<Integer, String> map = PersistentSortedMap.<Integer, String>empty().with(1, "one");

        assertSame(map, map.with(1, map.get(1)));
        assertSame(map, map.without(2));
    }

    @Test
    void aComparatorOrdersTheKeysAndEqualMapsAreEqualWhateverTheirShape() {
        PersistentSortedMap<String, Integer> byLength = PersistentSortedMap.<String, Integer>empty(
                Comparator.comparingInt(String::length)).with("ccc", 3).with("a", 1).with("bb", 2);
        PersistentSortedMap<Integer, Integer> ascending = PersistentSortedMap.empty();
        PersistentSortedMap<Integer, Integer> descending = PersistentSortedMap.empty();
        for (int i = 0; i < 50; i++) {
            ascending = ascending.with(i, i);
            descending = descending.with(49 - i, 49 - i);
        }

        assertEquals(List.of("a", "bb", "ccc"), byLength.keyList());
        assertEquals(ascending, descending);
        assertEquals(ascending.hashCode(), descending.hashCode());
        assertEquals(Map.of(1, 1), PersistentSortedMap.<Integer, Integer>empty().with(1, 1));
    }
}
