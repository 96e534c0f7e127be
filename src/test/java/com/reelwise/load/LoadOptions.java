package com.reelwise.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.OptionalLong;

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

    static final String USAGE = """
            Usage: load [--url http://localhost:7860] [--sessions 50] [--minutes 30 | --seconds S]
                        [--warmup-seconds W] [--think-ms 300] [--pid <server pid>] [--seed 42]
              Loopback only. Reports requests, errors, p50/p99 per step, heap (actuator jvm.memory.used)
              and RSS (/proc/<pid>/status) over time with their drift after warm-up.""";

    LoadOptions {
        if (sessions < 1 || sessions > 500) {
            throw new IllegalArgumentException("--sessions must be between 1 and 500, not " + sessions + ".");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(4)) > 0) {
            throw new IllegalArgumentException("The run must last between 1 second and 4 hours, not " + duration + ".");
        }
        requireLoopback(url);
    }

    static LoadOptions parse(String[] args) {
        URI url = URI.create("http://localhost:7860");
        int sessions = 50;
        Duration duration = Duration.ofMinutes(30);
        Duration warmup = null;
        Duration think = Duration.ofMillis(300);
        OptionalLong pid = OptionalLong.empty();
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--url" -> url = URI.create(stripSlash(require(value, "--url")));
                case "--sessions" -> sessions = Integer.parseInt(require(value, "--sessions"));
                case "--minutes" -> duration = Duration.ofMinutes(Long.parseLong(require(value, "--minutes")));
                case "--seconds" -> duration = Duration.ofSeconds(Long.parseLong(require(value, "--seconds")));
                case "--warmup-seconds" -> warmup = Duration.ofSeconds(Long.parseLong(require(value, "--warmup-seconds")));
                case "--think-ms" -> think = Duration.ofMillis(Long.parseLong(require(value, "--think-ms")));
                case "--pid" -> pid = OptionalLong.of(Long.parseLong(require(value, "--pid")));
                case "--seed" -> seed = Long.parseLong(require(value, "--seed"));
                default -> throw new IllegalArgumentException("Unknown option '" + args[i] + "'.\n" + USAGE);
            }
            i++;
        }
        // Default warm-up: the first fifth of the run, at most two minutes.
        Duration defaultWarmup = duration.dividedBy(5).compareTo(Duration.ofMinutes(2)) > 0 ? Duration.ofMinutes(2) : duration.dividedBy(5);
        return new LoadOptions(url, sessions, duration, warmup == null ? defaultWarmup : warmup, think, pid, seed);
    }

    private static String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value.\n" + USAGE);
        }
        return value;
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
