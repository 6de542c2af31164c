package looplab.vm.modules;

import static looplab.vm.modules.ModuleFunctions.function;

import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.Interpreter;
import looplab.vm.PyInt;
import looplab.vm.PyModule;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyStr;
import looplab.vm.PyTuple;

/**
 * {@code _json}: the C accelerators CPython's json module leans on (its {@code _json}), here in Java. The bundled
 * json module stays the definition of the behaviour: these functions only take the common case (builtin values,
 * no hooks, well-formed text) and answer None when they meet anything else, so the Python code then does the
 * whole job, raises CPython's exact error or calls the user's {@code default}, and no Python code has run twice.
 */
public final class JsonModule {
    private JsonModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_json");
        function(m, "encode_basestring_ascii", (a, k) -> PyStr.of(JsonEncoder.quote(text("encode_basestring_ascii", a, k), true)));
        function(m, "encode_basestring", (a, k) -> PyStr.of(JsonEncoder.quote(text("encode_basestring", a, k), false)));
        function(m, "encode_plain", (a, k) -> encodePlain(a, k));
        function(m, "scan_plain", (a, k) -> scanPlain(a, k));
        return m;
    }

    private static String text(String function, PyObject[] a, String[] k) {
        Args.exactly(function, a, k, 1);
        if (!(a[0] instanceof PyStr s)) {
            throw Errors.typeError("first argument must be a string, not " + a[0].type().name());
        }
        return s.value;
    }

    /**
     * scan_plain(s, idx): (value, end) of the JSON value at code point idx of s, as JSONDecoder.raw_decode
     * returns it, or None when the text is malformed there.
     */
    private static PyObject scanPlain(PyObject[] a, String[] k) {
        Args.exactly("scan_plain", a, k, 2);
        if (!(a[0] instanceof PyStr s) || !(a[1] instanceof PyInt idx) || idx.isBig()
                || idx.value < 0 || idx.value > s.codePointLength()) {
            return PyNone.NONE;
        }
        JsonDecoder.Scanned scanned = JsonDecoder.scan(s.value, s.offset((int) idx.value));
        if (scanned == null) {
            return PyNone.NONE;
        }
        int end = s.isWide() ? s.value.codePointCount(0, scanned.end()) : scanned.end();
        return new PyTuple(scanned.value(), PyInt.of(end));
    }

    /** encode_plain(o, ensure_ascii, allow_nan, sort_keys, skipkeys, item_separator, key_separator): str or None. */
    private static PyObject encodePlain(PyObject[] a, String[] k) {
        Args.exactly("encode_plain", a, k, 7);
        if (!(a[5] instanceof PyStr items) || !(a[6] instanceof PyStr keys)) {
            return PyNone.NONE;
        }
        JsonEncoder encoder = new JsonEncoder(a[1].isTrue(), a[2].isTrue(), a[3].isTrue(), a[4].isTrue(),
                items.value, keys.value);
        String json = encoder.encode(a[0]);
        return json == null ? PyNone.NONE : PyStr.of(json);
    }
}
