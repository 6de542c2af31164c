package looplab.runtime;

import looplab.trace.WaitReason;
import looplab.vm.PyObject;

import java.util.List;

/**
 * tasks.py's _GatheringFuture: the outer future of gather(). Cancelling it cancels the children that are not
 * done, and the gather then ends cancelled even with return_exceptions=True.
 */
final class GatheringFuture extends Future {
    final List<Future> children;
    boolean cancelRequested;

    GatheringFuture(EventLoop loop, List<Future> children) {
        super(loop);
        this.children = children;
        if (loop.trace.enabled()) {
            StringBuilder label = new StringBuilder("gather(");
            for (int i = 0; i < children.size(); i++) {
                Future child = children.get(i);
                label.append(i == 0 ? "" : ", ").append(child instanceof Task t ? t.name : "fut");
            }
            waitReason = WaitReason.future(id, label.append(')').toString());
        }
    }

    @Override
    public boolean cancel(PyObject message) {
        if (done()) {
            return false;
        }
        boolean ret = false;
        for (Future child : children) {
            if (child.cancel(message)) {
                ret = true;
            }
        }
        if (ret) {
            // As CPython (bpo-32684): a cancelled child makes the gather itself end cancelled.
            cancelRequested = true;
        }
        return ret;
    }
}
