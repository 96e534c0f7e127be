package com.reelwise.training;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One DJL training at a time in this process. PyTorch's gradient collector is process-wide ("A
 * PtGradientCollector is already collecting"), so two models training on first start broke one of them; on
 * two cores they would only slow each other down anyway.
 */
final class TrainingSlot {

    private static final ReentrantLock SLOT = new ReentrantLock(true);

    private TrainingSlot() {
    }

    /** Runs {@code training} once no other training runs; {@code waiting} is told first when it must wait. */
    static <T> T exclusive(Runnable waiting, Supplier<T> training) {
        if (!SLOT.tryLock()) {
            waiting.run();
            SLOT.lock();
        }
        try {
            return training.get();
        } finally {
            SLOT.unlock();
        }
    }
}
