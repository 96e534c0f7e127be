package com.reelwise.recommend;

import com.reelwise.catalog.Movie;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How varied a list is: the mean, over all pairs of its movies, of their distance. With the content
 * model, the distance is 1 − cosine of the movies' text embeddings (0 for identical vectors, up to
 * 2 for opposite ones); before it is loaded, or when a listed movie has no embedding, it is the
 * genre Jaccard distance 1 − |A∩B| / |A∪B| (0 to 1). The value says which was used.
 * (The harness's ILD@10 metric, over genre indicator vectors for every method alike, is {@code eval.IntraListDiversity}.)
 */
public final class ListDiversity {

    /** 1 − cosine of content embeddings. */
    public static final String EMBEDDING_COSINE = "content-embedding-cosine";
    /** 1 − Jaccard overlap of genres. */
    public static final String GENRE_JACCARD = "genre-jaccard";

    /** Distance-based diversity without a content model. */
    public static final ListDiversity GENRES = new ListDiversity(null);

    /**
     * @param value   mean pairwise distance (0 for fewer than two movies)
     * @param measure {@link #EMBEDDING_COSINE} or {@link #GENRE_JACCARD}
     */
    public record Value(double value, String measure) {
    }

    private final EmbeddingMatrix embeddings;

    private ListDiversity(EmbeddingMatrix embeddings) {
        this.embeddings = embeddings;
    }

    static ListDiversity embeddings(EmbeddingMatrix embeddings) {
        return new ListDiversity(embeddings);
    }

    public Value of(List<Movie> movies) {
        int[] positions = embeddings == null ? null : movies.stream().mapToInt(m -> embeddings.position(m.movieId())).toArray();
        boolean byEmbedding = positions != null && java.util.Arrays.stream(positions).allMatch(embeddings::has);
        String measure = byEmbedding ? EMBEDDING_COSINE : GENRE_JACCARD;
        if (movies.size() < 2) {
            return new Value(0, measure);
        }
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < movies.size(); i++) {
            for (int j = i + 1; j < movies.size(); j++) {
                sum += byEmbedding ? 1 - embeddings.similarity(positions[i], positions[j]) : genreDistance(movies.get(i), movies.get(j));
                pairs++;
            }
        }
        return new Value(sum / pairs, measure);
    }

    static double genreDistance(Movie a, Movie b) {
        Set<String> union = new HashSet<>(a.genres());
        union.addAll(b.genres());
        if (union.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a.genres());
        common.retainAll(b.genres());
        return 1 - (double) common.size() / union.size();
    }
}
