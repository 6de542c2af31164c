/**
 * How CPython 3.11 writes and reads numbers and text, as pure functions on Java types: {@code repr(float)}
 * ({@link looplab.vm.format.FloatRepr}), {@code format(value, spec)} ({@link looplab.vm.format.Formatter},
 * {@link looplab.vm.format.FormatSpec}), {@code str % args} ({@link looplab.vm.format.PercentFormat}),
 * {@code round} ({@link looplab.vm.format.Rounding}), {@code int(str, base)} and {@code float(str)}
 * ({@link looplab.vm.format.NumberParsing}), {@code repr(str)} ({@link looplab.vm.format.StringRepr}).
 * Python errors are thrown as {@link looplab.vm.format.FormatError} carrying CPython's type name and message.
 * Expected behaviour is recorded from CPython by scripts/record_numeric_cases.py.
 */
package looplab.vm.format;
