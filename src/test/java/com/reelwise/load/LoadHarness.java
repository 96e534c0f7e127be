package com.reelwise.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Simulated people using the app over HTTP on this machine: each session searches, picks 3-5 movies
 * from the results, asks for recommendations (popular, NCF, content or hybrid in turn; half of the
 * content and hybrid requests with a mood sentence, which runs the DJL sentence encoder) and gives
 * feedback on one of them, again and again until the time is up. Reports requests, errors and
 * p50/p99 per step, and the server's heap and RSS over time with their drift after warm-up.
 *
 * <p>{@code mvn -q test-compile exec:java@load -Dexec.args="--url http://localhost:7860 --sessions 50 --minutes 30 --pid <server pid>"}
 *
 * <p>Errors are transport failures and answers the app should not give (5xx, or 4xx to a valid
 * request). Designed answers are counted apart as "unavailable": 503 for a method whose model is
 * still training, NCF's 400 when the random picks include fewer than 3 rated movies, and
 * {@code POST /api/profiles} answering 404 (or Vaadin's catch-all page) while the profiles feature
 * is not in this build.
 */
public final class LoadHarness {

    private static final String[] WORDS = {"star", "love", "man", "night", "war", "god", "toy", "king", "dead", "life", "girl",
            "city", "dark", "house", "time", "lord", "matrix", "godfater", "amelie", "terminatr", "story", "day", "world", "blue"};
    private static final String[] METHODS = {"popular", "ncf", "content", "hybrid"};
    /** Every other content or hybrid request carries one: the mood runs the sentence encoder (DJL) per request. */
    private static final String[] MOODS = {"something funny for a rainy evening", "a tense heist with a clever plan",
            "slow, beautiful and sad", "space adventure for the whole family", "a twisty crime story set in the 70s"};
    /**
     * Movies one simulated person judges before leaving; the next round a new person arrives and
     * creates a profile. WHY: a session gives feedback about once a second, so in 30 minutes one
     * person would pass the 500 verdicts a profile holds (a designed 400), which no one does.
     */
    static final int VERDICTS_PER_PERSON = 400;

    private final LoadOptions options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    final StepStats search = new StepStats("search");
    final StepStats recommend = new StepStats("recommend");
    final StepStats profile = new StepStats("create profile");
    final StepStats feedback = new StepStats("feedback");
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final MemorySampler memory;
    /** Latency of the calling session's last request, counted only once its answer is the expected one. */
    private final ThreadLocal<Long> lastElapsed = ThreadLocal.withInitial(() -> 0L);

    LoadHarness(LoadOptions options) {
        this.options = options;
        this.memory = new MemorySampler(http, options.url(), options.pid());
    }

    public static void main(String[] args) throws InterruptedException {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LoadHarness harness = new LoadHarness(options);
        harness.run();
        harness.report(System.out);
        System.exit(harness.errors() == 0 ? 0 : 1);
    }

    /** Runs every session until the time is up; bounded by the duration plus the request timeouts. */
    void run() throws InterruptedException {
        long start = System.nanoTime();
        long end = start + options.duration().toNanos();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        long every = Math.max(1, options.duration().toSeconds() / 120);
        sampler.scheduleAtFixedRate(() -> memory.sample((System.nanoTime() - start) / 1e9), 0, every, TimeUnit.SECONDS);
        sampler.schedule(memory::fullGcAfterWarmup, options.warmup().toSeconds(), TimeUnit.SECONDS);
        ExecutorService sessions = Executors.newFixedThreadPool(options.sessions());
        CountDownLatch done = new CountDownLatch(options.sessions());
        for (int s = 0; s < options.sessions(); s++) {
            Random random = new Random(options.seed() * 1000 + s);
            int number = s;
            sessions.execute(() -> {
                try {
                    session(number, random, end);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        sessions.shutdown();
        sampler.shutdown();
        sampler.awaitTermination(30, TimeUnit.SECONDS);
        memory.sample((System.nanoTime() - start) / 1e9);
        memory.fullGcAtEnd();
    }

    long errors() {
        return search.errors() + recommend.errors() + profile.errors() + feedback.errors();
    }

    long requests() {
        long total = 0;
        for (StepStats step : steps()) {
            total += step.succeeded() + step.errors() + step.unavailableCount();
        }
        return total;
    }

    List<StepStats> steps() {
        return List.of(search, recommend, profile, feedback);
    }

    private void session(int number, Random random, long end) {
        Profile me = null;
        Set<Integer> judged = new HashSet<>();
        boolean profilesMissing = false;
        int round = 0;
        while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
            round++;
            Set<Integer> seen = new LinkedHashSet<>();
            for (int i = 0; i < 2 && seen.size() < 5; i++) {
                JsonNode found = call(search, get("/api/movies/search?q=" + URLEncoder.encode(WORDS[random.nextInt(WORDS.length)],
                        StandardCharsets.UTF_8) + "&limit=10"), 200);
                if (found != null) {
                    found.path("items").forEach(item -> seen.add(item.path("movieId").asInt()));
                }
                think(random);
            }
            List<Integer> candidates = new ArrayList<>(seen);
            if (candidates.size() < 3) {
                continue;
            }
            java.util.Collections.shuffle(candidates, random);
            List<Integer> liked = candidates.subList(0, Math.min(candidates.size(), 3 + random.nextInt(3)));
            String method = METHODS[(number + round) % METHODS.length];
            boolean withMood = (method.equals("content") || method.equals("hybrid")) && random.nextBoolean();
            String mood = withMood ? ",\"mood\":\"" + MOODS[random.nextInt(MOODS.length)] + "\"" : "";
            JsonNode recommended = call(recommend, post("/api/recommendations",
                    "{\"liked\":" + liked + ",\"method\":\"" + method + "\",\"count\":10" + mood + "}", null), 200);
            think(random);
            if (recommended == null || recommended.path("items").isEmpty() || profilesMissing) {
                if (profilesMissing) {
                    feedback.unavailable();
                }
                continue;
            }
            if (me == null) {
                HttpResponse<String> created = send(profile, post("/api/profiles", "{\"name\":\"load-" + number + "\"}", null));
                if (created == null) {
                    continue;
                }
                if (profilesAbsent(created)) {
                    profilesMissing = true;
                    profile.unavailable();
                    feedback.unavailable();
                    continue;
                }
                JsonNode body = expect(profile, created, 201);
                if (body == null) {
                    continue;
                }
                me = new Profile(body.path("profileId").asText(), body.path("key").asText());
                judged.clear();
            }
            JsonNode items = recommended.path("items");
            int movieId = items.get(random.nextInt(items.size())).path("movieId").asInt();
            HttpResponse<String> answer = send(feedback, put("/api/profiles/" + me.id() + "/feedback/" + movieId,
                    "{\"verdict\":\"" + (random.nextBoolean() ? "like" : "dislike") + "\"}", me.key()));
            if (answer != null) {
                expect(feedback, answer, 200, 201, 204);
            }
            judged.add(movieId);
            if (judged.size() >= VERDICTS_PER_PERSON) {
                me = null;
            }
            think(random);
        }
    }

    private record Profile(String id, String key) {
    }

    /** Without the profiles feature, the path is unknown: 404/405, or Vaadin's catch-all page (200 HTML). */
    private static boolean profilesAbsent(HttpResponse<String> response) {
        boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
        return response.statusCode() == 404 || response.statusCode() == 405 || (response.statusCode() == 200 && html);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(options.url() + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, String body, String key) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        return (key == null ? builder : builder.header("X-Profile-Key", key)).build();
    }

    private HttpRequest put(String path, String body, String key) {
        return request(path).header("Content-Type", "application/json").header("X-Profile-Key", key)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Sends and times one request; null (and one error) when the transport failed. */
    private HttpResponse<String> send(StepStats step, HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            lastElapsed.set(System.nanoTime() - started);
            return response;
        } catch (IOException e) {
            failed(step, request.method() + " " + request.uri().getPath() + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private JsonNode call(StepStats step, HttpRequest request, int expected) {
        HttpResponse<String> response = send(step, request);
        return response == null ? null : expect(step, response, expected);
    }

    private JsonNode expect(StepStats step, HttpResponse<String> response, int... expected) {
        int status = response.statusCode();
        for (int ok : expected) {
            if (status == ok) {
                step.ok(lastElapsed.get());
                try {
                    return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
                } catch (IOException e) {
                    failed(step, "unreadable JSON from " + response.uri().getPath());
                    return null;
                }
            }
        }
        if (status == 503 && step == recommend) {
            step.unavailable();   // the method's model is still loading or training; the answer says so
        } else if (status == 400 && step == recommend && response.body().contains("Neural CF needs at least 3 liked movies")) {
            step.unavailable();   // the picks were movies nobody here rated: NCF declines them with a sentence, as designed
        } else {
            failed(step, response.request().method() + " " + response.uri().getPath() + " -> " + status + " "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        }
        return null;
    }

    private void failed(StepStats step, String what) {
        step.error();
        if (errorSamples.size() < 10) {
            errorSamples.add(step.name() + ": " + what);
        }
    }

    private void think(Random random) {
        long mean = options.think().toMillis();
        if (mean <= 0) {
            return;
        }
        try {
            Thread.sleep(mean / 2 + (long) (random.nextDouble() * mean));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<MemorySampler.Drift> drift() {
        return memory.drift(options.warmup().toSeconds());
    }

    void report(PrintStream out) {
        out.printf("%nLoad run: %d sessions for %s against %s (think %d ms, warm-up %d s excluded from drift)%n",
                options.sessions(), options.duration(), options.url(), options.think().toMillis(), options.warmup().toSeconds());
        out.printf("%-15s %9s %7s %12s %9s %9s%n", "step", "ok", "errors", "unavailable", "p50 ms", "p99 ms");
        for (StepStats step : steps()) {
            out.printf("%-15s %9d %7d %12d %9.1f %9.1f%n", step.name(), step.succeeded(), step.errors(), step.unavailableCount(),
                    step.percentileMillis(0.50), step.percentileMillis(0.99));
        }
        out.printf("total requests %d, errors %d%n", requests(), errors());
        errorSamples.forEach(sample -> out.println("  error: " + sample));
        out.println("\nMemory (MB) over time: seconds, heap used, G1 old gen used, live heap after GC, RSS");
        List<MemorySampler.Sample> samples = memory.samples();
        int stride = Math.max(1, samples.size() / 20);
        for (int i = 0; i < samples.size(); i += stride) {
            MemorySampler.Sample s = samples.get(i);
            out.printf("  %7.0f %9.1f %9.1f %9.1f %9.1f%n", s.seconds(), s.heapMb(), s.oldGenMb(), s.liveHeapMb(), s.rssMb());
        }
        out.println("Drift after warm-up (mean of the last fifth of the samples minus the mean of the first fifth):");
        for (MemorySampler.Drift d : drift()) {
            out.printf("  %-20s first %9.1f  last %9.1f  drift %+8.1f MB  (%d samples)%n", d.what(), d.firstMb(), d.lastMb(), d.driftMb(), d.samples());
        }
        memory.fullGcDrift().ifPresent(d -> out.printf("  %-20s after warm-up %9.1f  at the end %9.1f  drift %+8.1f MB  (jcmd GC.run, then heap used)%n",
                "heap after full GC", d.firstMb(), d.lastMb(), d.driftMb()));
        for (MemorySampler.ArrayCount c : memory.djlArrays()) {
            out.printf("  %-20s after warm-up %9.0f  at the end %9.0f  drift %+8.0f     (reelwise.djl.arrays; requests in flight add some)%n",
                    "DJL arrays, " + c.model(), c.afterWarmup(), c.atEnd(), c.atEnd() - c.afterWarmup());
        }
    }
}
