package com.reelwise.panel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The taste panel: well-known tastes sent through the served API, each judged by what a film lover would
 * expect ({@code model-training/panel/taste-panel.json} says how the profiles were chosen and the rules):
 * <pre>
 * mvn -q compile exec:java@taste-panel -Dexec.args="--url http://localhost:7860"
 * </pre>
 * A profile passes when at least {@code themeShare} of its top {@code topForTheme} films share one of its
 * genres and at least {@code expectedHits} of its expected films are in the top {@code topForExpected}.
 * Obscurity: the share of top-10 films with fewer than 100 TMDB votes and fewer than 5 ratings here.
 */
@Command(name = "taste-panel", mixinStandardHelpOptions = true, description = "Runs the taste panel through the served API.")
public final class TastePanel implements Callable<Integer> {

    /** Obscure: not known to some, in {@link com.reelwise.catalog.Movie#isKnownToSome}'s terms (read from the API's JSON here). */
    static final int OBSCURE_TMDB_VOTES = com.reelwise.catalog.Movie.KNOWN_TMDB_VOTES;
    static final int OBSCURE_RATINGS = com.reelwise.catalog.Movie.KNOWN_RATINGS;
    static final double OBSCURITY_BAR = 0.10;

    @Option(names = "--url", defaultValue = "http://localhost:7860", description = "The running app (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--profiles", defaultValue = "model-training/panel/taste-panel.json", description = "Panel file (default: ${DEFAULT-VALUE}).")
    Path profiles;

    @Option(names = "--method", defaultValue = "hybrid", description = "Method to judge (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--alpha", description = "Hybrid balance to send (default: the app's).")
    Double alpha;

    @Option(names = "--discovery", defaultValue = "0", description = "Hybrid discovery to send (default: ${DEFAULT-VALUE}).")
    double discovery;

    @Option(names = "--quiet", description = "Only the summary and failing profiles' lists.")
    boolean quiet;

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) {
        int code = new CommandLine(new TastePanel()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** One profile's verdict. */
    public record Verdict(String name, boolean passed, double themeShare, List<String> expectedFound, double obscurity, List<String> top) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        JsonNode panel = JSON.readTree(profiles.toFile());
        JsonNode rules = panel.get("rules");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Verdict> verdicts = new ArrayList<>();
        for (JsonNode profile : panel.get("profiles")) {
            verdicts.add(judge(http, profile, rules));
        }
        report(verdicts, rules, System.out);
        return 0;
    }

    Verdict judge(HttpClient http, JsonNode profile, JsonNode rules) throws IOException, InterruptedException {
        List<Integer> liked = new ArrayList<>();
        profile.get("liked").forEach(m -> liked.add(m.get("id").asInt()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("liked", liked);
        body.put("method", method);
        body.put("count", rules.get("topForExpected").asInt());
        body.put("discovery", discovery);
        if (alpha != null) {
            body.put("alpha", alpha);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/recommendations")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The app answered " + response.statusCode() + " for " + profile.get("name").asText() + ": " + response.body());
        }
        JsonNode items = JSON.readTree(response.body()).get("items");
        Set<String> genres = new HashSet<>();
        profile.get("genres").forEach(g -> genres.add(g.asText()));
        Map<Integer, String> expected = new LinkedHashMap<>();
        profile.get("expected").forEach(m -> expected.put(m.get("id").asInt(), m.get("title").asText()));
        int forTheme = Math.min(rules.get("topForTheme").asInt(), items.size());
        int themed = 0;
        int obscure = 0;
        List<String> top = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String title = item.get("title").asText() + (item.hasNonNull("year") ? " (" + item.get("year").asInt() + ")" : "");
            top.add(title);
            if (expected.containsKey(item.get("movieId").asInt())) {
                found.add(expected.get(item.get("movieId").asInt()));
            }
            if (i < forTheme) {
                boolean shares = false;
                for (JsonNode g : item.get("genres")) {
                    shares |= genres.contains(g.asText());
                }
                themed += shares ? 1 : 0;
                obscure += item.get("tmdbVotes").asInt() < OBSCURE_TMDB_VOTES && item.get("ratingCount").asInt() < OBSCURE_RATINGS ? 1 : 0;
            }
        }
        double share = forTheme == 0 ? 0 : (double) themed / forTheme;
        boolean passed = share >= rules.get("themeShare").asDouble() && found.size() >= rules.get("expectedHits").asInt();
        return new Verdict(profile.get("name").asText(), passed, share, found, forTheme == 0 ? 0 : (double) obscure / forTheme, top);
    }

    void report(List<Verdict> verdicts, JsonNode rules, PrintStream out) {
        int passed = 0;
        double obscurity = 0;
        for (Verdict v : verdicts) {
            passed += v.passed() ? 1 : 0;
            obscurity += v.obscurity();
            out.printf(Locale.ROOT, "%s %-28s theme %3.0f%%  expected in top %d: %d (%s)  obscure %2.0f%%%n", v.passed() ? "PASS" : "FAIL",
                    v.name(), 100 * v.themeShare(), rules.get("topForExpected").asInt(), v.expectedFound().size(),
                    String.join("; ", v.expectedFound()), 100 * v.obscurity());
            if (!quiet || !v.passed()) {
                for (int i = 0; i < v.top().size(); i++) {
                    out.printf("      %2d. %s%n", i + 1, v.top().get(i));
                }
            }
        }
        double meanObscurity = verdicts.isEmpty() ? 0 : obscurity / verdicts.size();
        out.printf(Locale.ROOT, "%nmethod %s: %d of %d profiles pass; obscurity of the top 10 %.1f%% (bar: at most %.0f%%)%n", method, passed,
                verdicts.size(), 100 * meanObscurity, 100 * OBSCURITY_BAR);
    }
}
