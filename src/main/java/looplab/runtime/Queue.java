package looplab.runtime;

import looplab.trace.WaitReason;
import looplab.vm.Args;
import looplab.vm.Errors;
import looplab.vm.ExceptionTypes;
import looplab.vm.Ops;
import looplab.vm.PyBool;
import looplab.vm.PyException;
import looplab.vm.PyInt;
import looplab.vm.PyNone;
import looplab.vm.PyObject;
import looplab.vm.PyType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Map;

/**
 * asyncio.Queue, LifoQueue and PriorityQueue (queues.py): get() waits while the queue is empty, put() while it
 * is full (maxsize > 0); each waiter is a future, woken in arrival order. task_done()/join() count unfinished
 * items with an Event, as CPython does.
 */
final class Queue extends PyObject {
    static final PyType QUEUE_EMPTY = PyType.userClass("QueueEmpty", "QueueEmpty", "asyncio.queues",
            new PyType[] {ExceptionTypes.EXCEPTION}, Map.of());
    static final PyType QUEUE_FULL = PyType.userClass("QueueFull", "QueueFull", "asyncio.queues",
            new PyType[] {ExceptionTypes.EXCEPTION}, Map.of());
    static final PyType TYPE = PyType.builtin("Queue", Queue.class);
    static final PyType PRIORITY_TYPE = PyType.builtin("PriorityQueue", TYPE);
    static final PyType LIFO_TYPE = PyType.builtin("LifoQueue", TYPE);

    private final PyType type;
    private final int maxsize;
    /** FIFO: first is next. LIFO: last is next. Priority: a binary heap, as heapq. */
    private final ArrayList<PyObject> items = new ArrayList<>();
    private int head;
    private final ArrayDeque<Future> getters = new ArrayDeque<>();
    private final ArrayDeque<Future> putters = new ArrayDeque<>();
    private int unfinishedTasks;
    private final Event finished = new Event();

    Queue(PyType type, int maxsize) {
        this.type = type;
        this.maxsize = maxsize;
        finished.set();
    }

    @Override
    public PyType type() {
        return type;
    }

    int qsize() {
        return items.size() - head;
    }

    boolean empty() {
        return qsize() == 0;
    }

    boolean full() {
        return maxsize > 0 && qsize() >= maxsize;
    }

    // ---- the storage: _put and _get of each kind of queue -------------------------------------------------

    private void store(PyObject item) {
        items.add(item);
        if (type == PRIORITY_TYPE) {
            Heap.siftDown(items, 0, items.size() - 1);
        }
    }

    private PyObject take() {
        if (type == LIFO_TYPE) {
            return items.remove(items.size() - 1);
        }
        if (type == PRIORITY_TYPE) {
            return Heap.pop(items);
        }
        PyObject item = items.get(head);
        items.set(head++, null);
        if (head > 1024 && head * 2 > items.size()) {
            items.subList(0, head).clear();
            head = 0;
        }
        return item;
    }

    // ---- the API -----------------------------------------------------------------------------------------

    private static void wakeupNext(ArrayDeque<Future> waiters) {
        while (!waiters.isEmpty()) {
            Future waiter = waiters.pollFirst();
            if (!waiter.done()) {
                waiter.setResult(PyNone.NONE);
                break;
            }
        }
    }

    void putNowait(PyObject item) {
        if (full()) {
            throw Errors.raise(QUEUE_FULL, null);
        }
        store(item);
        unfinishedTasks++;
        finished.clear();
        wakeupNext(getters);
    }

    PyObject getNowait() {
        if (empty()) {
            throw Errors.raise(QUEUE_EMPTY, null);
        }
        PyObject item = take();
        wakeupNext(putters);
        return item;
    }

    JavaCoroutine put(PyObject item) {
        return new JavaCoroutine("Queue.put", () -> putWhenNotFull(item));
    }

    private JavaCoroutine.Step putWhenNotFull(PyObject item) {
        if (!full()) {
            putNowait(item);
            return JavaCoroutine.returning(PyNone.NONE);
        }
        Future putter = EventLoop.getRunningLoop().createFuture();
        putter.waitReason = WaitReason.queue("put", "queue.put()");
        putters.addLast(putter);
        return JavaCoroutine.await(putter, (v, error) -> {
            if (error != null) {
                giveUp(putter, putters, !full(), error);
            }
            return putWhenNotFull(item);
        });
    }

    JavaCoroutine get() {
        return new JavaCoroutine("Queue.get", this::getWhenNotEmpty);
    }

    private JavaCoroutine.Step getWhenNotEmpty() {
        if (!empty()) {
            return JavaCoroutine.returning(getNowait());
        }
        Future getter = EventLoop.getRunningLoop().createFuture();
        getter.waitReason = WaitReason.queue("get", "queue.get()");
        getters.addLast(getter);
        return JavaCoroutine.await(getter, (v, error) -> {
            if (error != null) {
                giveUp(getter, getters, !empty(), error);
            }
            return getWhenNotEmpty();
        });
    }

    /** The bare except of Queue.put/get: stop waiting, pass the turn on if there is room, re-raise. */
    private static void giveUp(Future waiter, ArrayDeque<Future> waiters, boolean canProceed, PyException error) {
        waiter.cancel(PyNone.NONE);
        waiters.remove(waiter);
        if (canProceed && !waiter.cancelled()) {
            wakeupNext(waiters);
        }
        throw error;
    }

    void taskDone() {
        if (unfinishedTasks <= 0) {
            throw Errors.valueError("task_done() called too many times");
        }
        unfinishedTasks--;
        if (unfinishedTasks == 0) {
            finished.set();
        }
    }

    JavaCoroutine join() {
        return new JavaCoroutine("Queue.join", () -> unfinishedTasks > 0
                ? JavaCoroutine.await(finished.waitUntilSet(), Primitives::none)
                : JavaCoroutine.returning(PyNone.NONE));
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "maxsize", "_maxsize" -> PyInt.of(maxsize);
            case "_unfinished_tasks" -> PyInt.of(unfinishedTasks);
            default -> super.lookupAttr(name);
        };
    }

    private static Queue create(PyType type, PyObject[] args, String[] kw) {
        PyObject[] a = Args.bind(type.name(), args, kw, 0, "maxsize");
        return new Queue(type, a[0] == null ? 0 : Ops.index(a[0]).intValue());
    }

    private static Queue q(PyObject o) {
        return (Queue) o;
    }

    static {
        TYPE.factory(Queue::create);
        PRIORITY_TYPE.factory(Queue::create);
        LIFO_TYPE.factory(Queue::create);
        TYPE.method("qsize", (args, kw) -> PyInt.of(q(args[0]).qsize()))
                .method("empty", (args, kw) -> PyBool.of(q(args[0]).empty()))
                .method("full", (args, kw) -> PyBool.of(q(args[0]).full()))
                .method("put", (args, kw) -> q(args[0]).put(args[1]))
                .method("get", (args, kw) -> q(args[0]).get())
                .method("put_nowait", (args, kw) -> {
                    q(args[0]).putNowait(args[1]);
                    return PyNone.NONE;
                })
                .method("get_nowait", (args, kw) -> q(args[0]).getNowait())
                .method("task_done", (args, kw) -> {
                    q(args[0]).taskDone();
                    return PyNone.NONE;
                })
                .method("join", (args, kw) -> q(args[0]).join());
    }

    @Override
    public String repr() {
        return "<" + type.name() + " maxsize=" + maxsize + (empty() ? "" : " tasks=" + unfinishedTasks) + ">";
    }

    /** heapq's _siftdown and _siftup, so a PriorityQueue orders equal items exactly as CPython's. */
    static final class Heap {
        private Heap() {
        }

        static void siftDown(ArrayList<PyObject> heap, int startpos, int pos) {
            PyObject newitem = heap.get(pos);
            while (pos > startpos) {
                int parentpos = (pos - 1) >> 1;
                PyObject parent = heap.get(parentpos);
                if (Ops.lessThan(newitem, parent)) {
                    heap.set(pos, parent);
                    pos = parentpos;
                    continue;
                }
                break;
            }
            heap.set(pos, newitem);
        }

        static void siftUp(ArrayList<PyObject> heap, int pos) {
            int endpos = heap.size();
            int startpos = pos;
            PyObject newitem = heap.get(pos);
            int childpos = 2 * pos + 1;
            while (childpos < endpos) {
                int rightpos = childpos + 1;
                if (rightpos < endpos && !Ops.lessThan(heap.get(childpos), heap.get(rightpos))) {
                    childpos = rightpos;
                }
                heap.set(pos, heap.get(childpos));
                pos = childpos;
                childpos = 2 * pos + 1;
            }
            heap.set(pos, newitem);
            siftDown(heap, startpos, pos);
        }

        static PyObject pop(ArrayList<PyObject> heap) {
            PyObject last = heap.remove(heap.size() - 1);
            if (heap.isEmpty()) {
                return last;
            }
            PyObject top = heap.get(0);
            heap.set(0, last);
            siftUp(heap, 0);
            return top;
        }
    }
}
