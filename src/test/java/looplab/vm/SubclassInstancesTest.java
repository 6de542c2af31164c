package looplab.vm;

import looplab.runtime.CapturedOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;

import looplab.runtime.Runner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java side of subclassing builtins, which the corpus cannot see: an instance of a class statement's subclass
 * of list, dict, int or str IS the builtin's Java value, so every builtin that tests instanceof takes it.
 */
class SubclassInstancesTest {

    @BeforeAll
    static void installBuiltins() {
        Runner.run("pass", "test.py", Runner.Options.defaults(), new CapturedOutput());
    }

    private static PyType subclassOf(PyType base) {
        return PyType.userClass("Sub", "Sub", "__main__", new PyType[] {base}, Map.of());
    }

    @Test
    void listSubclassInstanceIsAPyListFilledByListInit() {
        PyType jobs = subclassOf(PyList.TYPE);
        PyObject instance = jobs.call(new PyList(new PyObject[] {PyInt.of(1), PyInt.of(2)}));
        PyList list = assertInstanceOf(PyList.class, instance);
        assertEquals(2, list.size());
        assertSame(jobs, instance.type());
    }

    @Test
    void dictSubclassInstanceIsAPyDictWithItsOwnAttributes() {
        PyType registry = subclassOf(PyDict.TYPE);
        PyObject instance = registry.call();
        assertInstanceOf(PyDict.class, instance).put(PyStr.of("k"), PyInt.of(1));
        instance.setAttr("name", PyStr.of("r"));
        assertEquals("r", instance.getAttr("name").str());
        assertEquals(1, instance.len());
    }

    @Test
    void immutableSubclassInstancesCarryTheirValue() {
        PyInt priority = assertInstanceOf(PyInt.class, subclassOf(PyInt.TYPE).call(PyStr.of("7")));
        assertEquals(7, priority.intValue());
        PyStr name = assertInstanceOf(PyStr.class, subclassOf(PyStr.TYPE).call(PyStr.of("build")));
        assertEquals("build", name.value);
    }
}
