package com.reelwise.people;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The profile API against a real database: the contract the load harness relies on, isolation, and bad input.
 * {@link PeopleApiTest} runs it on an H2 file, {@link PeopleApiPostgresTest} on a PostgreSQL server.
 */
@SpringBootTest(properties = {"reelwise.train-on-start=false", "reelwise.fetch-on-start=false"})
@AutoConfigureMockMvc
abstract class PeopleApiContract {

    @Autowired
    MockMvc mvc;
    private final ObjectMapper json = new ObjectMapper();

    private record Me(String id, String key) {
    }

    private Me create(String name) throws Exception {
        String body = mvc.perform(post("/api/profiles").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andReturn().getResponse().getContentAsString();
        JsonNode node = json.readTree(body);
        return new Me(node.get("profileId").asText(), node.get("key").asText());
    }

    private ResultActions as(Me me, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("X-Profile-Key", me.key()).contentType(MediaType.APPLICATION_JSON));
    }

    private static void problem(ResultActions result, int status, String detailStart) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", startsWith(detailStart)));
    }

    @Test
    void createReadAndChangeTheLists() throws Exception {
        Me me = create("Ana");

        as(me, put("/api/profiles/" + me.id() + "/feedback/3").content("{\"verdict\":\"like\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.liked", contains(3)));
        as(me, put("/api/profiles/" + me.id() + "/feedback/4").content("{\"verdict\":\"like\"}")).andExpect(status().isOk());
        as(me, put("/api/profiles/" + me.id() + "/feedback/5").content("{\"verdict\":\"dislike\"}"))
                .andExpect(jsonPath("$.disliked", contains(5)));
        as(me, put("/api/profiles/" + me.id() + "/feedback/4").content("{\"verdict\":\"dislike\"}"))
                .andExpect(jsonPath("$.liked", contains(3))).andExpect(jsonPath("$.disliked", contains(5, 4)));
        as(me, put("/api/profiles/" + me.id() + "/feedback/5").content("{\"verdict\":\"none\"}"))
                .andExpect(jsonPath("$.disliked", contains(4)));
        as(me, put("/api/profiles/" + me.id() + "/films/7")).andExpect(status().isOk()).andExpect(jsonPath("$.myFilms", contains(7)));
        as(me, put("/api/profiles/" + me.id() + "/films/8")).andExpect(jsonPath("$.myFilms", contains(7, 8)));
        as(me, delete("/api/profiles/" + me.id() + "/films/7")).andExpect(status().isOk()).andExpect(jsonPath("$.myFilms", contains(8)));

        as(me, put("/api/profiles/" + me.id() + "/stars/2").content("{\"stars\":4.5}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stars['2']").value(4.5));
        as(me, put("/api/profiles/" + me.id() + "/stars/6").content("{\"stars\":1}")).andExpect(jsonPath("$.stars['6']").value(1.0));
        as(me, put("/api/profiles/" + me.id() + "/stars/6").content("{\"stars\":null}")).andExpect(jsonPath("$.stars['6']").doesNotExist());

        as(me, get("/api/profiles/" + me.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stars['2']").value(4.5))
                .andExpect(jsonPath("$.profileId").value(me.id()))
                .andExpect(jsonPath("$.name").value("Ana"))
                .andExpect(jsonPath("$.liked", contains(3)))
                .andExpect(jsonPath("$.disliked", contains(4)))
                .andExpect(jsonPath("$.myFilms", contains(8)));
    }

    @Test
    void recommendationsMergeTheStoredLists() throws Exception {
        Me me = create("Bo");
        for (int id : new int[] {1, 2}) {
            as(me, put("/api/profiles/" + me.id() + "/feedback/" + id).content("{\"verdict\":\"like\"}")).andExpect(status().isOk());
        }
        as(me, put("/api/profiles/" + me.id() + "/feedback/20").content("{\"verdict\":\"dislike\"}")).andExpect(status().isOk());

        // Two stored likes plus one in the request make the three a recommendation needs.
        as(me, post("/api/profiles/" + me.id() + "/recommendations").content("{\"liked\":[3],\"method\":\"popular\",\"count\":30}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", not(empty())))
                .andExpect(jsonPath("$.items[*].movieId", not(org.hamcrest.Matchers.hasItems(1))))
                .andExpect(jsonPath("$.items[*].movieId", not(org.hamcrest.Matchers.hasItems(20))))
                .andExpect(jsonPath("$.items[0].explanation.text").isString())
                .andExpect(jsonPath("$.intraListDiversity").isNumber())
                .andExpect(jsonPath("$.diversityMeasure").isString());
        // The same body as POST /api/recommendations, checked the same way.
        problem(as(me, post("/api/profiles/" + me.id() + "/recommendations").content("{\"liked\":[3],\"method\":\"cluster\",\"clusterMode\":\"sideways\"}")),
                400, "Unknown clusterMode 'sideways'");
        problem(as(me, post("/api/profiles/" + me.id() + "/recommendations").content("{\"method\":\"popular\"}")), 400,
                "Name at least 3 movies you like (got 2)");
    }

    @Test
    void onePersonCannotReadOrChangeAnothersLists() throws Exception {
        Me ana = create("Ana");
        Me eve = create("Eve");

        problem(mvc.perform(get("/api/profiles/" + ana.id())), 401, "Send the profile's secret key in the X-Profile-Key header");
        problem(as(eve, get("/api/profiles/" + ana.id())), 403, "This key does not open profile " + ana.id());
        problem(as(eve, put("/api/profiles/" + ana.id() + "/feedback/1").content("{\"verdict\":\"like\"}")), 403, "This key does not open");
        problem(as(eve, put("/api/profiles/" + ana.id() + "/films/1")), 403, "This key does not open");
        problem(as(eve, delete("/api/profiles/" + ana.id() + "/films/1")), 403, "This key does not open");
        problem(as(eve, post("/api/profiles/" + ana.id() + "/recommendations").content("{}")), 403, "This key does not open");
        problem(as(new Me(ana.id(), ana.key() + "x"), get("/api/profiles/" + ana.id())), 403, "This key does not open");
        as(ana, get("/api/profiles/" + ana.id())).andExpect(jsonPath("$.liked", hasSize(0)));
    }

    @Test
    void badInputGetsASentence() throws Exception {
        Me me = create("Cy");
        String feedback = "/api/profiles/" + me.id() + "/feedback/";
        problem(as(me, put(feedback + "999").content("{\"verdict\":\"like\"}")), 400, "Unknown movie id 999");
        problem(as(me, put("/api/profiles/" + me.id() + "/films/999")), 400, "Unknown movie id 999");
        problem(as(me, put(feedback + "1").content("{\"verdict\":\"love\"}")), 400, "The verdict must be \"like\", \"dislike\" or \"none\" (got \"love\")");
        problem(as(me, put(feedback + "1").content("{\"verdict\":")), 400, "The request body is not valid JSON");
        problem(as(me, put(feedback + "1").content("{\"verdict\":[1]}")), 400, "The field 'verdict' has a value of the wrong type.");
        problem(as(me, put(feedback + "1")), 400, "Send a JSON body such as {\"verdict\":\"like\"}.");
        problem(as(me, put(feedback + "abc").content("{\"verdict\":\"like\"}")), 400, "'abc' is not a valid movieId");
        String stars = "/api/profiles/" + me.id() + "/stars/";
        problem(as(me, put(stars + "1").content("{\"stars\":4.2}")), 400, "Stars go from 0.5 to 5 in half stars (got 4.2).");
        problem(as(me, put(stars + "1").content("{\"stars\":6}")), 400, "Stars go from 0.5 to 5 in half stars (got 6.0).");
        problem(as(me, put(stars + "999").content("{\"stars\":4}")), 400, "Unknown movie id 999");
        // these tests start without trained models: the prediction says why it cannot answer yet
        problem(as(me, get(stars + "1/predicted")), 503, "The star model is not ready yet");
        problem(as(me, get("/api/profiles/not-a-uuid")), 400, "'not-a-uuid' is not a valid profileId");
        problem(mvc.perform(post("/api/profiles").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + "n".repeat(81) + "\"}")),
                400, "A profile name can be at most 80 characters");
    }
}
