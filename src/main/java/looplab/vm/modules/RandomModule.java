package looplab.vm.modules;

import static looplab.vm.modules.ModuleFunctions.function;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.Interpreter;
import looplab.vm.Ops;
import looplab.vm.PyBytes;
import looplab.vm.PyDict;
import looplab.vm.PyFloat;
import looplab.vm.PyInt;
import looplab.vm.PyList;
import looplab.vm.PyModule;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PySet;
import looplab.vm.PyStr;
import looplab.vm.random.MersenneTwister;
import looplab.vm.random.RandomAlgorithms;

/**
 * Python's random module: one hidden generator per program, as random.py's module-level functions share one
 * {@code Random()} instance. The algorithms draw exactly what CPython's draw, so a seeded program matches.
 */
public final class RandomModule {
    private final RandomAlgorithms random = new RandomAlgorithms(new MersenneTwister());

    private RandomModule() {
        random.seedFromEntropy();
    }

    public static PyModule create(Interpreter interp) {
        return new RandomModule().module();
    }

    private PyModule module() {
        PyModule m = new PyModule("random");
        installSeeding(m);
        installIntegers(m);
        installSequences(m);
        installDistributions(m);
        return m;
    }

    private static BigInteger integer(PyObject o) {
        return Ops.index(o).bigValue();
    }

    private static double real(PyObject o) {
        return Ops.toDouble(o);
    }

    private void installSeeding(PyModule m) {
        function(m, "seed", (a, k) -> {
            PyObject[] p = Args.bind("seed", a, k, 0, "a", "version");
            seed(p[0] == null ? PyNone.NONE : p[0]);
            return PyNone.NONE;
        });
        function(m, "random", (a, k) -> {
            Args.exactly("random", a, k, 0);
            return PyFloat.of(random.random());
        });
        function(m, "getrandbits", (a, k) -> {
            Args.exactly("getrandbits", a, k, 1);
            int bits = Ops.index(a[0]).intValue();
            if (bits < 0) {
                throw Errors.valueError("number of bits must be non-negative");
            }
            return PyInt.of(random.getrandbits(bits));
        });
    }

    private void seed(PyObject a) {
        if (a == PyNone.NONE) {
            random.seedFromEntropy();
        } else if (a instanceof PyInt i) {
            random.seed(i.bigValue());
        } else if (a instanceof PyFloat f) {
            random.seed(f.value);
        } else if (a instanceof PyStr s) {
            random.seed(s.value);
        } else if (a instanceof PyBytes b) {
            random.seed(b.toArray());
        } else {
            throw Errors.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
    }

    private void installIntegers(PyModule m) {
        function(m, "randint", (a, k) -> {
            PyObject[] p = Args.bind("randint", a, k, 2, "a", "b");
            return PyInt.of(random.randint(integer(p[0]), integer(p[1])));
        });
        function(m, "randrange", (a, k) -> {
            PyObject[] p = Args.bind("randrange", a, k, 1, "start", "stop", "step");
            if (p[1] == null || p[1] == PyNone.NONE) {
                if (p[2] != null && !Ops.eq(p[2], PyInt.of(1))) {
                    throw Errors.typeError("Missing a non-None stop argument");
                }
                return PyInt.of(random.randrange(integer(p[0])));
            }
            BigInteger step = p[2] == null ? BigInteger.ONE : integer(p[2]);
            return PyInt.of(random.randrange(integer(p[0]), integer(p[1]), step));
        });
    }

    private void installSequences(PyModule m) {
        function(m, "choice", (a, k) -> {
            PyObject[] p = Args.bind("choice", a, k, 1, "seq");
            return p[0].getItem(PyInt.of(random.choice(p[0].len())));
        });
        function(m, "shuffle", (a, k) -> {
            PyObject[] p = Args.bind("shuffle", a, k, 1, "x");
            shuffle(p[0]);
            return PyNone.NONE;
        });
        function(m, "sample", (a, k) -> {
            PyObject[] p = Args.bind("sample", a, k, 2, "population", "k", "counts");
            PyObject population = p[0];
            if (population instanceof PySet || population instanceof PyDict) {
                throw Errors.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
            }
            int n = population.len();
            PyInt count = Ops.index(p[1]);
            int[] picks = random.sample(n, count.isBig() ? -1 : (int) Math.max(-1, Math.min(count.value, n + 1L)));
            return pick(population, picks);
        });
        function(m, "choices", (a, k) -> {
            PyObject[] p = Args.bind("choices", a, k, 1, "population", "weights", "cum_weights", "k");
            PyObject population = p[0];
            int n = population.len();
            int count = p[3] == null ? 1 : Ops.index(p[3]).intValue();
            double[] weights = p[1] == null || p[1] == PyNone.NONE ? null : doubles(p[1]);
            double[] cumWeights = p[2] == null || p[2] == PyNone.NONE ? null : doubles(p[2]);
            int[] picks = weights == null && cumWeights == null ? random.choices(n, count)
                    : random.choices(n, weights, cumWeights, count);
            return pick(population, picks);
        });
    }

    /** random.py's shuffle: x[i], x[j] = x[j], x[i] from the end, for any mutable sequence. */
    private void shuffle(PyObject x) {
        int n = x.len();
        List<PyObject> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(x.getItem(PyInt.of(i)));
        }
        random.shuffle(items);
        for (int i = 0; i < n; i++) {
            x.setItem(PyInt.of(i), items.get(i));
        }
    }

    private static PyList pick(PyObject population, int[] indices) {
        PyList result = new PyList();
        for (int i : indices) {
            result.append(population.getItem(PyInt.of(i)));
        }
        return result;
    }

    private static double[] doubles(PyObject iterable) {
        List<Double> values = new ArrayList<>();
        PyObject it = Ops.iter(iterable);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            values.add(real(x));
        }
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    private void installDistributions(PyModule m) {
        function(m, "uniform", (a, k) -> {
            PyObject[] p = Args.bind("uniform", a, k, 2, "a", "b");
            return PyFloat.of(random.uniform(real(p[0]), real(p[1])));
        });
        function(m, "triangular", (a, k) -> {
            PyObject[] p = Args.bind("triangular", a, k, 0, "low", "high", "mode");
            double low = p[0] == null ? 0.0 : real(p[0]);
            double high = p[1] == null ? 1.0 : real(p[1]);
            Double mode = p[2] == null || p[2] == PyNone.NONE ? null : real(p[2]);
            return PyFloat.of(random.triangular(low, high, mode));
        });
        function(m, "gauss", (a, k) -> {
            PyObject[] p = Args.bind("gauss", a, k, 0, "mu", "sigma");
            return PyFloat.of(random.gauss(p[0] == null ? 0.0 : real(p[0]), p[1] == null ? 1.0 : real(p[1])));
        });
        function(m, "normalvariate", (a, k) -> {
            PyObject[] p = Args.bind("normalvariate", a, k, 0, "mu", "sigma");
            return PyFloat.of(random.normalvariate(p[0] == null ? 0.0 : real(p[0]), p[1] == null ? 1.0 : real(p[1])));
        });
        function(m, "expovariate", (a, k) -> {
            PyObject[] p = Args.bind("expovariate", a, k, 1, "lambd");
            return PyFloat.of(random.expovariate(real(p[0])));
        });
        function(m, "gammavariate", (a, k) -> {
            PyObject[] p = Args.bind("gammavariate", a, k, 2, "alpha", "beta");
            return PyFloat.of(random.gammavariate(real(p[0]), real(p[1])));
        });
        function(m, "betavariate", (a, k) -> {
            PyObject[] p = Args.bind("betavariate", a, k, 2, "alpha", "beta");
            return PyFloat.of(random.betavariate(real(p[0]), real(p[1])));
        });
    }
}
