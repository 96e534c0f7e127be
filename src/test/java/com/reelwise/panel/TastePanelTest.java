package com.reelwise.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The panel's verdicts, against a stub of the recommendation API. */
class TastePanelTest {

    private HttpServer server;
    private String answer;
    private String lastRequest;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/recommendations", exchange -> {
            lastRequest = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static String item(int id, String genre, int votes, int ratings) {
        return "{\"movieId\":%d,\"title\":\"Film %d\",\"year\":2000,\"genres\":[\"%s\"],\"tmdbVotes\":%d,\"ratingCount\":%d}"
                .formatted(id, id, genre, votes, ratings);
    }

    private TastePanel.Verdict judge(String items) throws Exception {
        answer = "{\"items\":[" + items + "]}";
        TastePanel panel = new TastePanel();
        panel.url = "http://127.0.0.1:" + server.getAddress().getPort();
        panel.method = "hybrid";
        ObjectMapper json = new ObjectMapper();
        JsonNode profile = json.readTree("""
                {"name":"Fantasy","liked":[{"id":1,"title":"A"},{"id":2,"title":"B"},{"id":3,"title":"C"}],
                 "genres":["Fantasy"],"expected":[{"id":10,"title":"Ten"},{"id":11,"title":"Eleven"},{"id":12,"title":"Twelve"}]}""");
        JsonNode rules = json.readTree("{\"topForTheme\":4,\"themeShare\":0.5,\"topForExpected\":6,\"expectedHits\":2}");
        return panel.judge(HttpClient.newHttpClient(), profile, rules);
    }

    @Test
    void aListOnThemeWithTheExpectedFilmsPasses() throws Exception {
        TastePanel.Verdict v = judge(String.join(",", item(10, "Fantasy", 5000, 50), item(20, "Drama", 5000, 50),
                item(21, "Fantasy", 50, 2), item(22, "Fantasy", 5000, 50), item(23, "Drama", 5000, 50), item(11, "Fantasy", 5000, 50)));

        assertThat(v.passed()).isTrue();
        assertThat(v.themeShare()).isCloseTo(0.75, within(1e-9));
        assertThat(v.expectedFound()).containsExactly("Ten", "Eleven");
        // one of the top 4 has < 100 TMDB votes and < 5 ratings here
        assertThat(v.obscurity()).isCloseTo(0.25, within(1e-9));
        assertThat(lastRequest).contains("\"liked\":[1,2,3]").contains("\"method\":\"hybrid\"").contains("\"count\":6");
    }

    @Test
    void offThemeOrMissingTheExpectedFilmsFails() throws Exception {
        TastePanel.Verdict offTheme = judge(String.join(",", item(10, "Drama", 5000, 50), item(11, "Drama", 5000, 50),
                item(20, "Drama", 5000, 50), item(21, "Fantasy", 5000, 50)));
        TastePanel.Verdict noneExpected = judge(String.join(",", item(20, "Fantasy", 5000, 50), item(21, "Fantasy", 5000, 50)));

        assertThat(offTheme.passed()).isFalse();
        assertThat(noneExpected.passed()).isFalse();
        assertThat(noneExpected.expectedFound()).isEmpty();
    }

    @Test
    void theReportCountsPassesAndMeanObscurity() throws Exception {
        TastePanel.Verdict v = judge(item(10, "Fantasy", 5, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TastePanel panel = new TastePanel();
        panel.method = "hybrid";
        panel.report(List.of(v, v), new ObjectMapper().readTree("{\"topForExpected\":6}"), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("method hybrid: 0 of 2 profiles pass; obscurity of the top 10 100.0%");
    }
}
