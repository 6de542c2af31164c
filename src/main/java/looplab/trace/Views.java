package looplab.trace;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** Read-only views the persistent collections hand out: they never change, so a view never goes stale. */
final class Views {
    private Views() {
    }

    /** A list whose values are found by index (O(log n) in the tries and trees) and walked by {@code walk}. */
    static <T> List<T> list(IntFunction<T> at, IntSupplier size, Supplier<Iterator<T>> walk) {
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                return at.apply(index);
            }

            @Override
            public int size() {
                return size.getAsInt();
            }

            @Override
            public Iterator<T> iterator() {
                return walk.get();
            }
        };
    }

    /** {@code from}'s elements, each turned by {@code into}. */
    static <A, B> Iterator<B> mapped(Iterator<A> from, Function<? super A, ? extends B> into) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return from.hasNext();
            }

            @Override
            public B next() {
                return into.apply(from.next());
            }
        };
    }
}
