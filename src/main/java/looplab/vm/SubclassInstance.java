package looplab.vm;

/** An instance of a class statement's subclass of a builtin type (see {@link SubclassInstances}). */
interface SubclassInstance {
    SubclassSlots slots();
}
