package com.reelwise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MovieTitleTest {

    @Test
    void movesTrailingArticleToTheFrontAndReadsTheYear() {
        MovieTitle t = MovieTitle.parse("Matrix, The (1999)");

        assertThat(t.title()).isEqualTo("The Matrix");
        assertThat(t.year()).isEqualTo(1999);
        assertThat(t.alternatives()).isEmpty();
    }

    @Test
    void keepsOriginalLanguageTitlesAsAlternatives() {
        MovieTitle t = MovieTitle.parse("Amelie (Fabuleux destin d'Amélie Poulain, Le) (2001)");

        assertThat(t.title()).isEqualTo("Amelie");
        assertThat(t.alternatives()).containsExactly("Le Fabuleux destin d'Amélie Poulain");
        assertThat(t.year()).isEqualTo(2001);
    }

    @Test
    void handlesNestedArticlesAkaAndElision() {
        assertThat(MovieTitle.parse("City of Lost Children, The (Cité des enfants perdus, La) (1995)"))
                .isEqualTo(new MovieTitle("The City of Lost Children", List.of("La Cité des enfants perdus"), 1995));
        assertThat(MovieTitle.parse("Seven (a.k.a. Se7en) (1995)").alternatives()).containsExactly("Se7en");
        assertThat(MovieTitle.parse("Armée des ombres, L' (1969)").title()).isEqualTo("L'Armée des ombres");
    }

    @Test
    void toleratesMissingYearsAndLeadingParentheses() {
        assertThat(MovieTitle.parse("Babylon 5")).isEqualTo(new MovieTitle("Babylon 5", List.of(), null));
        assertThat(MovieTitle.parse("(500) Days of Summer (2009)").title()).isEqualTo("(500) Days of Summer");
        assertThat(MovieTitle.parse("Cry, the Beloved Country (1995)").title()).isEqualTo("Cry, the Beloved Country");
        assertThat(MovieTitle.parse("Stranger Things (2016-)").year()).isEqualTo(2016);
        assertThat(MovieTitle.parse("").title()).isEmpty();
    }
}
