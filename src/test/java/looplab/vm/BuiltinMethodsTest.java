package looplab.vm;

import looplab.runtime.CapturedOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import looplab.runtime.Runner;
import org.junit.jupiter.api.Test;

/**
 * Behaviours of the builtin types' methods that the lang corpus does not reach: the expected lines are what
 * CPython 3.11 prints for the same expressions.
 */
class BuiltinMethodsTest {

    /** Runs the program and returns its stdout; each line of the program's output is one printed result. */
    private static String run(String program) {
        String prelude = """
                def t(f):
                    try:
                        print(repr(f()))
                    except Exception as e:
                        print(type(e).__name__ + ":", e)
                """;
        CapturedOutput out = new CapturedOutput();
        Runner.run(prelude + program, "test.py", Runner.Options.defaults(), out);
        return out.both();
    }

    @Test
    void formatNumbersAutomaticFieldsBeforeTheirNestedSpecFields() {
        assertEquals("'[ab    ]'\n'  x  '\n", run("""
                t(lambda: "[{:{}}]".format("ab", 6))
                t(lambda: "{:^{w}}".format("x", w=5))
                """));
    }

    @Test
    void formatErrorsAreCPythons() {
        assertEquals("""
                ValueError: cannot switch from manual field specification to automatic field numbering
                ValueError: Single '}' encountered in format string
                ValueError: expected '}' before end of string
                IndexError: Replacement index 2 out of range for positional args tuple
                KeyError: 'x'
                ValueError: Max string recursion exceeded
                ValueError: Format string contains positional fields
                """, run("""
                t(lambda: "{0}{}".format(1, 2))
                t(lambda: "}".format())
                t(lambda: "{0".format())
                t(lambda: "{2}".format(1))
                t(lambda: "{x}".format())
                t(lambda: "{:{:{}}}".format(1, 2, 3))
                t(lambda: "{}".format_map({}))
                """));
    }

    @Test
    void splitWithoutSeparatorKeepsTrailingWhitespaceOfTheRemainder() {
        assertEquals("['a', 'b  c  ']\n['  a b', 'c']\n['a', '', 'b']\n", run("""
                t(lambda: "  a b  c  ".split(None, 1))
                t(lambda: "  a b c".rsplit(None, 1))
                t(lambda: "a,,b".split(","))
                """));
    }

    @Test
    void dictViewsAreLiveAndSetLike() {
        assertEquals("dict_keys(['a', 'b'])\n{'b'}\nTrue\ndict_items([('a', 1), ('b', 2), ('c', 3)])\n", run("""
                d = {"a": 1, "b": 2}
                k = d.keys()
                print(k)
                print(k - {"a"})
                print(k == {"b", "a"})
                d["c"] = 3
                print(d.items())
                """));
    }

    @Test
    void methodsCheckTheirSelfLikeCPythonsDescriptors() {
        assertEquals("""
                TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
                TypeError: unbound method str.upper() needs an argument
                AttributeError: 'frozenset' object has no attribute 'add'
                'AB'
                """, run("""
                t(lambda: str.upper(5))
                t(lambda: str.upper())
                t(lambda: frozenset().add(1))
                t(lambda: str.upper("ab"))
                """));
    }

    @Test
    void reverseSortKeepsEqualElementsInOrderAndComparesAsCPythonDoes() {
        assertEquals("[('b', 2), ('a', 1), ('c', 1)]\nTypeError: '<' not supported between instances of 'int' and 'str'\n",
                run("""
                l = [("a", 1), ("b", 2), ("c", 1)]
                l.sort(key=lambda p: p[1], reverse=True)
                print(l)
                t(lambda: [3, "a"].sort(reverse=True))
                """));
    }

    @Test
    void setAndDictErrorsCarryCPythonsKeys() {
        assertEquals("KeyError: 'pop from an empty set'\nKeyError: 'popitem(): dictionary is empty'\nKeyError: 5\n",
                run("""
                t(lambda: set().pop())
                t(lambda: {}.popitem())
                t(lambda: {1}.remove(5))
                """));
    }
}
