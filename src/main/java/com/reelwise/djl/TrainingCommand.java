package com.reelwise.djl;

import com.reelwise.runs.Machine;
import picocli.CommandLine;

/**
 * Runs a training command line: PyTorch on two intra-op threads and one inter-op thread unless set, the host named first
 * (its kernels decide whether the weights repeat elsewhere), exit code on failure.
 */
public final class TrainingCommand {

    private TrainingCommand() {
    }

    /** Executes {@code command} (a picocli command) with {@code args}; exits with its code when that is not 0. */
    public static void run(Object command, String[] args) {
        // Two threads is this machine's and a Space's core count; a second inter-op pool only competes with it.
        System.setProperty("ai.djl.pytorch.num_threads", System.getProperty("ai.djl.pytorch.num_threads", "2"));
        System.setProperty("ai.djl.pytorch.num_interop_threads", System.getProperty("ai.djl.pytorch.num_interop_threads", "1"));
        Machine machine = Machine.current();
        System.out.println("Training on " + machine.describe());
        machine.unrepeatableTraining().ifPresent(System.out::println);
        int code = new CommandLine(command).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
