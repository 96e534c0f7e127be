package com.reelwise.fetch;

import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/** Terminal progress bars (percentage, speed, ETA); tests pass a silent consumer instead of the console. */
record Progress(Supplier<ProgressBarConsumer> consumer) {

    static Progress console() {
        return new Progress(() -> new ConsoleProgressBarConsumer(System.err));
    }

    ProgressBar bytes(String task, long totalBytes) {
        // A negative max makes the bar indeterminate when the server sends no Content-Length.
        return builder(task).setInitialMax(totalBytes).setUnit("MB", 1024 * 1024).showSpeed().build();
    }

    ProgressBar items(String task, long total) {
        return builder(task).setInitialMax(total).showSpeed().build();
    }

    private ProgressBarBuilder builder(String task) {
        return new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500).setConsumer(consumer.get());
    }
}
