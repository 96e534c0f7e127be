package com.reelwise;

import picocli.CommandLine;

/** The benchmarks' command lines, read by picocli from an options object's annotations. */
public final class BenchmarkCommand {

    private BenchmarkCommand() {
    }

    /**
     * Fills {@code options} from {@code args}; false when only the usage was asked for (--help, --version), which is
     * then printed. A wrong option throws picocli's exception, whose message names it.
     */
    public static boolean parse(Object options, String[] args) {
        CommandLine cli = new CommandLine(options);
        cli.parseArgs(args);
        if (cli.isUsageHelpRequested() || cli.isVersionHelpRequested()) {
            cli.usage(System.out);
            return false;
        }
        return true;
    }
}
