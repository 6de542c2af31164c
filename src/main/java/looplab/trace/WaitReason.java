package looplab.trace;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why a suspended task is waiting: what its coroutine yielded to {@code Task.__step} (a future, which may be a
 * task, a timer's sleep future, a primitive's waiter future, an executor job's future, an I/O request).
 * Only the fields of the reason's {@link Kind} are set; the others are null (and absent from JSON).
 *
 * @param kind      what kind of thing is awaited
 * @param label     short human text for the UI, e.g. {@code "sleep(1.0)"}, {@code "await Task-3"}, {@code "lock.acquire()"}
 * @param deadline  TIMER: loop time (seconds) at which the timer is due
 * @param futureId  FUTURE: id of the awaited future
 * @param taskId    TASK: id of the awaited task
 * @param jobId     EXECUTOR: id of the executor job whose future is awaited
 * @param request   IO: the request, e.g. {@code "GET https://example.com/a"}
 * @param value     SEMAPHORE: the semaphore's counter when the task started waiting, if known
 * @param capacity  SEMAPHORE: the semaphore's initial value, if known
 * @param operation QUEUE: {@code "put"} or {@code "get"}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WaitReason(Kind kind, String label, Double deadline, Long futureId, Long taskId, Long jobId,
                         String request, Integer value, Integer capacity, String operation) {

    public enum Kind {
        TIMER, FUTURE, TASK, IO, LOCK, SEMAPHORE, EVENT, CONDITION, QUEUE, EXECUTOR;

        /** True for the asyncio synchronisation primitives of {@code locks.py} and {@code queues.py}. */
        public boolean isPrimitive() {
            return this == LOCK || this == SEMAPHORE || this == EVENT || this == CONDITION || this == QUEUE;
        }
    }

    public static WaitReason timer(double deadline, String label) {
        return new WaitReason(Kind.TIMER, label, deadline, null, null, null, null, null, null, null);
    }

    public static WaitReason future(long futureId, String label) {
        return new WaitReason(Kind.FUTURE, label, null, futureId, null, null, null, null, null, null);
    }

    public static WaitReason task(long taskId, String label) {
        return new WaitReason(Kind.TASK, label, null, null, taskId, null, null, null, null, null);
    }

    public static WaitReason io(String request, String label) {
        return new WaitReason(Kind.IO, label, null, null, null, null, request, null, null, null);
    }

    public static WaitReason lock(String label) {
        return new WaitReason(Kind.LOCK, label, null, null, null, null, null, null, null, null);
    }

    /** {@code value} and {@code capacity} may be null when unknown. */
    public static WaitReason semaphore(Integer value, Integer capacity, String label) {
        return new WaitReason(Kind.SEMAPHORE, label, null, null, null, null, null, value, capacity, null);
    }

    public static WaitReason event(String label) {
        return new WaitReason(Kind.EVENT, label, null, null, null, null, null, null, null, null);
    }

    public static WaitReason condition(String label) {
        return new WaitReason(Kind.CONDITION, label, null, null, null, null, null, null, null, null);
    }

    /** {@code operation} is {@code "put"} (queue full) or {@code "get"} (queue empty). */
    public static WaitReason queue(String operation, String label) {
        return new WaitReason(Kind.QUEUE, label, null, null, null, null, null, null, null, operation);
    }

    public static WaitReason executor(long jobId, String label) {
        return new WaitReason(Kind.EXECUTOR, label, null, null, null, jobId, null, null, null, null);
    }
}
