/**
 * Python's {@code random} module: CPython's Mersenne Twister ({@link looplab.vm.random.MersenneTwister}) and
 * random.py's algorithms ({@link looplab.vm.random.RandomAlgorithms}), so a seeded program draws what CPython
 * draws. Sequences are given by length and answered with indices; the VM maps them to elements.
 */
package looplab.vm.random;
