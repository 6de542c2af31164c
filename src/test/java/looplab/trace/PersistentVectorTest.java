package looplab.trace;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PersistentVectorTest {

    @Test
    void appendingAgreesWithAnArrayListAcrossSeveralLevels() {
        for (Edit edit : new Edit[]{null, new Edit()}) {
            List<Integer> expected = new ArrayList<>();
            PersistentVector<Integer> vector = PersistentVector.empty();
            for (int i = 0; i < 40_000; i++) {
                expected.add(i * 3);
                vector = vector.plus(i * 3, edit);
            }
            assertEquals(expected, vector);
            assertEquals(3 * 33_000, vector.get(33_000));
        }
    }

    @Test
    void anEarlierListIsUnchangedByLaterAppends() {
        PersistentVector<String> three = PersistentVector.<String>empty().plus("a").plus("b").plus("c");
        PersistentVector<String> four = three.plus("d");
        PersistentVector<String> otherFour = three.plus("e");

        assertEquals(List.of("a", "b", "c"), three);
        assertEquals(List.of("a", "b", "c", "d"), four);
        assertEquals(List.of("a", "b", "c", "e"), otherFour);
        assertThrows(IndexOutOfBoundsException.class, () -> three.get(3));
    }

    @Test
    void appendsUnderANewEditNeverReachAListTakenUnderTheOldOne() {
        Edit first = new Edit();
        PersistentVector<Integer> vector = PersistentVector.empty();
        for (int i = 0; i < 100; i++) {
            vector = vector.plus(i, first);
        }
        PersistentVector<Integer> snapshot = vector;
        PersistentVector<Integer> branch = snapshot.plus(-1, new Edit());
        PersistentVector<Integer> other = snapshot.plus(-2, new Edit());

        assertEquals(100, snapshot.size());
        assertEquals(-1, branch.get(100));
        assertEquals(-2, other.get(100));
    }
}
