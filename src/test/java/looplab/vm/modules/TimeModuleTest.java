package looplab.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import looplab.vm.Interpreter;
import looplab.vm.PyException;
import looplab.vm.PyFloat;
import looplab.vm.PyModule;
import looplab.vm.PyObject;
import org.junit.jupiter.api.Test;

class TimeModuleTest {
    private final Interpreter interp = new Interpreter();
    private final PyModule time;

    TimeModuleTest() {
        StdlibModules.install(interp);
        time = interp.modules.load("time");
    }

    private double call(String name, PyObject... args) {
        return ((PyFloat) time.getAttr(name).call(args)).value;
    }

    @Test
    void sleepMovesTheVirtualClockOnByItsLength() {
        double before = call("monotonic");
        time.getAttr("sleep").call(PyFloat.of(2.5));
        assertEquals(before + 2.5, call("monotonic"), 1e-9);
        assertEquals(before + 2.5, interp.clock().now(), 1e-9);
    }

    @Test
    void timeIsTheFixedEpochPlusVirtualSeconds() {
        interp.clock().advance(10);
        assertEquals(TimeModule.EPOCH + 10, call("time"), 1e-6);
        assertEquals(10, call("perf_counter"), 1e-9);
    }

    @Test
    void anInstalledSleeperReplacesAdvancingTheClock() {
        List<Double> slept = new ArrayList<>();
        interp.sleeper = (in, seconds) -> slept.add(seconds);
        time.getAttr("sleep").call(PyFloat.of(1.5));
        assertEquals(List.of(1.5), slept);
        assertEquals(0.0, interp.clock().now(), 1e-9);
    }

    @Test
    void negativeSleepIsAValueErrorAndTheSleeperIsNotCalled() {
        List<Double> slept = new ArrayList<>();
        interp.sleeper = (in, seconds) -> slept.add(seconds);
        PyException e = assertThrows(PyException.class, () -> time.getAttr("sleep").call(PyFloat.of(-1)));
        assertEquals("ValueError: sleep length must be non-negative", e.getMessage());
        assertEquals(List.of(), slept);
    }
}
