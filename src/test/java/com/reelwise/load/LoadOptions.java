package com.reelwise.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.OptionalLong;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What one load run does.
 *
 * @param url      the app, loopback only (the harness refuses anything else)
 * @param sessions concurrent simulated people
 * @param duration how long they keep going
 * @param warmup   the start of the run left out of the memory drift (JIT, caches, first models touched)
 * @param think    pause between a person's steps (mean; each pause is 0.5x-1.5x of it)
 * @param pid      the server process, for its resident memory (VmRSS); empty to skip
 * @param seed     for the search words, picks and methods
 */
record LoadOptions(URI url, int sessions, Duration duration, Duration warmup, Duration think, OptionalLong pid, long seed) {

    LoadOptions {
        if (sessions < 1 || sessions > 500) {
            throw new IllegalArgumentException("--sessions must be between 1 and 500, not " + sessions + ".");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(4)) > 0) {
            throw new IllegalArgumentException("The run must last between 1 second and 4 hours, not " + duration + ".");
        }
        requireLoopback(url);
    }

    /** The command line; picocli reads it and writes its usage. */
    @Command(name = "load", description = "Loopback only. Reports requests, errors, p50/p99 per step, heap (actuator "
            + "jvm.memory.used) and RSS (/proc/<pid>/status) over time with their drift after warm-up.")
    static final class CommandLineOptions {
        @Option(names = "--url", defaultValue = "http://localhost:7860", description = "The app (default: ${DEFAULT-VALUE}).")
        String url;
        @Option(names = "--sessions", defaultValue = "50", description = "Concurrent simulated people (default: ${DEFAULT-VALUE}).")
        int sessions;
        @ArgGroup(exclusive = true)
        Length length;
        @Option(names = "--warmup-seconds", description = "Left out of the memory drift (default: a fifth of the run, at most 2 minutes).")
        Long warmupSeconds;
        @Option(names = "--think-ms", defaultValue = "300", description = "Mean pause between a person's steps (default: ${DEFAULT-VALUE}).")
        long thinkMs;
        @Option(names = "--pid", description = "The server process, for its resident memory.")
        Long pid;
        @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
        long seed;
    }

    /** How long the run lasts: minutes or seconds, one of them. */
    static final class Length {
        @Option(names = "--minutes", description = "Run length in minutes (default: 30).")
        Long minutes;
        @Option(names = "--seconds", description = "Run length in seconds.")
        Long seconds;
    }

    static LoadOptions parse(String[] args) {
        CommandLineOptions o = new CommandLineOptions();
        CommandLine cli = new CommandLine(o);
        try {
            cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage() + "\n" + cli.getUsageMessage(), e);
        }
        Duration duration = o.length == null || o.length.minutes == null && o.length.seconds == null ? Duration.ofMinutes(30)
                : o.length.minutes != null ? Duration.ofMinutes(o.length.minutes) : Duration.ofSeconds(o.length.seconds);
        // Default warm-up: the first fifth of the run, at most two minutes.
        Duration defaultWarmup = duration.dividedBy(5).compareTo(Duration.ofMinutes(2)) > 0 ? Duration.ofMinutes(2) : duration.dividedBy(5);
        return new LoadOptions(URI.create(stripSlash(o.url)), o.sessions, duration,
                o.warmupSeconds == null ? defaultWarmup : Duration.ofSeconds(o.warmupSeconds), Duration.ofMillis(o.thinkMs),
                o.pid == null ? OptionalLong.empty() : OptionalLong.of(o.pid), o.seed);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void requireLoopback(URI url) {
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("The load harness only targets this machine; " + url.getHost()
                            + " resolves to " + address.getHostAddress() + ", not a loopback address.");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host in --url: " + url.getHost() + ".", e);
        }
    }
}
