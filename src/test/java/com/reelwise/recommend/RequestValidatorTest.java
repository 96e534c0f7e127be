package com.reelwise.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestValidatorTest {

    private final RequestValidator validator = new RequestValidator(RecommendTestData.catalog());
    private final Profile three = Profile.liking(List.of(1, 2, 3));

    private RecommendationRequest request(Profile profile, Filters filters, int count, double alpha, double diversity) {
        return new RecommendationRequest(profile, Method.POPULAR, filters, count, alpha, diversity);
    }

    @Test
    void acceptsAGoodRequestAndCleansTheMood() {
        Profile moody = new Profile(List.of(1, 2, 3), List.of(4), List.of(), "  something\u0007 <b>dark</b>\u0000 ");

        RecommendationRequest valid = validator.validate(request(moody, Filters.NONE, 10, 0.5, 0.2));

        assertThat(valid.profile().mood()).isEqualTo("something <b>dark</b>");
    }

    @Test
    void eachBadFieldGetsASentence() {
        assertThatThrownBy(() -> validator.validate(request(Profile.liking(List.of(1, 2)), Filters.NONE, 10, 0.5, 0)))
                .hasMessage("Name at least 3 movies you like (got 2).");
        assertThatThrownBy(() -> validator.validate(request(Profile.liking(List.of(1, 2, 99)), Filters.NONE, 10, 0.5, 0)))
                .hasMessageStartingWith("Unknown movie id 99 in liked");
        assertThatThrownBy(() -> validator.validate(request(new Profile(List.of(1, 2, 3), List.of(3), List.of(), null), Filters.NONE, 10, 0.5, 0)))
                .hasMessage("Movie 3 is both liked and disliked; pick one.");
        assertThatThrownBy(() -> validator.validate(request(three, Filters.NONE, 0, 0.5, 0))).hasMessageStartingWith("count must be between 1 and 100");
        assertThatThrownBy(() -> validator.validate(request(three, Filters.NONE, 101, 0.5, 0))).hasMessageStartingWith("count must be between 1 and 100");
        assertThatThrownBy(() -> validator.validate(request(three, Filters.NONE, 10, 1.5, 0))).hasMessage("alpha must be between 0 and 1 (got 1.5).");
        assertThatThrownBy(() -> validator.validate(request(three, Filters.NONE, 10, Double.NaN, 0))).hasMessageStartingWith("alpha must be between 0 and 1");
        assertThatThrownBy(() -> validator.validate(request(three, Filters.NONE, 10, 0.5, -0.1))).hasMessageStartingWith("diversity must be between 0 and 1");
        assertThatThrownBy(() -> validator.validate(request(three, new Filters(Set.of(), 2010, 2000, 0), 10, 0.5, 0)))
                .hasMessage("yearFrom (2010) is after yearTo (2000).");
        assertThatThrownBy(() -> validator.validate(request(three, new Filters(Set.of("Westerns"), null, null, 0), 10, 0.5, 0)))
                .hasMessageStartingWith("Unknown genre 'Westerns'");
        assertThatThrownBy(() -> validator.validate(request(new Profile(List.of(1, 2, 3), List.of(), List.of(), "x".repeat(501)), Filters.NONE, 10, 0.5, 0)))
                .hasMessage("The mood text is 501 characters; keep it under 500.");
        assertThatThrownBy(() -> validator.validate(request(Profile.liking(Collections.nCopies(501, 1)), Filters.NONE, 10, 0.5, 0)))
                .hasMessage("A profile can hold at most 500 movies.");
    }

    @Test
    void unknownMethodNamesTheKnownOnes() {
        assertThatThrownBy(() -> Method.parse("magic")).hasMessage("Unknown method 'magic'; use one of hybrid, next, ncf, content, cluster, popular.");
        assertThat(Method.parse(null)).isEqualTo(Method.HYBRID);
        assertThat(Method.parse(" NCF ")).isEqualTo(Method.NCF);
    }
}
