package com.reelwise.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.recommend.CandidateRanker;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditMatchTest {

    private static Movie film(int id, String director, String... cast) {
        return new Movie(id, null, null, "Film " + id, List.of(), 2000, List.of("Drama"), null, null, List.of(), List.of(), director,
                List.of(cast), null, 10, 3.5, 100);
    }

    @Test
    void scoresExactlyTheFilmsThatShareADirectorOrLeadActorWithTheLikedOnes() {
        CandidateRanker catalog = new CandidateRanker(Catalog.of(List.of(
                film(1, "Joel Coen", "Frances McDormand", "William H. Macy"),
                film(2, "Joel Coen", "Nicolas Cage", "Holly Hunter"),
                film(3, "Sam Raimi", "Bruce Campbell", "Frances McDormand"),
                film(4, "Sam Raimi", "Bruce Campbell"),
                film(5, null, "Someone Else"),
                film(6, "Joel Coen", "Frances McDormand"))));
        HybridSources sources = new HybridSources(catalog, null, null);
        float[] popularity = new float[catalog.size()];
        CreditMatch match = CreditMatch.of(new int[] {catalog.position(1)}, sources);

        float[] scores = match.scores(sources, popularity);

        // Same director and lead actor counts 2 + 1; director alone 2; actor alone 1; nothing shared: no score.
        assertThat(scores[catalog.position(6)]).isEqualTo(3f);
        assertThat(scores[catalog.position(2)]).isEqualTo(2f);
        assertThat(scores[catalog.position(3)]).isEqualTo(1f);
        assertThat(scores[catalog.position(4)]).isNaN();
        assertThat(scores[catalog.position(5)]).isNaN();
        assertThat(match.director(sources.director(catalog.position(2)))).isEqualTo(1f);
        assertThat(match.cast(sources.leadCast(catalog.position(4)))).isEqualTo(0f);
    }
}
