package com.reelwise.harness;

import com.reelwise.catalog.Movie;
import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.text.EncoderConfig;
import com.reelwise.text.EncoderFineTuner;
import com.reelwise.text.FineTuneOptions;
import com.reelwise.text.FineTuneResult;
import com.reelwise.text.SentenceEncoder;
import com.reelwise.text.TextPair;
import com.reelwise.text.PairConfig;
import com.reelwise.text.PairSampler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text embeddings the served content model reads in the evaluation: all-MiniLM-L6-v2 as published, or
 * fine-tuned on pairs drawn from a run's train part only, with the run's seed. Both embed the items with the
 * same token window, and both are cached on disk by what made them.
 */
public final class ContentMethods {

    private static final Logger LOG = LoggerFactory.getLogger(ContentMethods.class);

    /**
     * @param encoder  token window and batch size (for encoding and fine-tuning)
     * @param fineTune fine-tuning options (the seed is replaced by the run's)
     * @param pairs    pair sampling (the seed is replaced by the run's)
     * @param cacheDir where item embeddings and fine-tuned encoders of evaluation runs are kept
     */
    public record Settings(EncoderConfig encoder, FineTuneOptions fineTune, PairConfig pairs, Path cacheDir) {

        /**
         * 128 tokens, batch 32, frozen word embeddings; 1 epoch at 5e-5; 1,024 pairs (32 steps, about 6
         * minutes on 2 cores); cache under models/text/eval-cache.
         */
        public static Settings defaults() {
            return new Settings(EncoderConfig.defaults().withMaxLength(128).withFrozenWordEmbeddings(true),
                    FineTuneOptions.defaults().with(1, 5e-5f), PairConfig.defaults().withMaxPairs(1_024),
                    Path.of("models", "text", "eval-cache"));
        }
    }

    private final Settings settings;
    private final ContentContext.Cache contexts = new ContentContext.Cache();
    private final EmbeddingCache cache;

    private ContentMethods(Settings settings) {
        this.settings = settings;
        this.cache = new EmbeddingCache(settings.cacheDir());
    }

    /**
     * The content models of one evaluation command: they share the per-data-set texts and the embedding
     * cache, so the hybrid and cluster methods reuse the fine-tuned encoder of {@code content-finetuned}.
     */
    public static ContentMethods shared(Settings settings) {
        return new ContentMethods(settings);
    }

    /**
     * Genre indicator vectors per item of a data set (MovieLens genres; "(no genres listed)" gives a zero
     * vector): learnt from no split and free to compute, so they judge every method's lists alike (the
     * ILD@10 column). WHY not text embeddings: encoding 9.7k texts again costs about half an hour on the
     * shared two-core machine.
     */
    float[][] genreVectors(MovieLensDataset dataset, Ratings ratings) {
        ContentContext context = contexts.get(dataset, ratings);
        SortedSet<String> vocabulary = new TreeSet<>();
        for (Movie movie : context.movies()) {
            if (movie != null) {
                vocabulary.addAll(movie.genres());
            }
        }
        vocabulary.remove("(no genres listed)");
        List<String> genres = List.copyOf(vocabulary);
        float[][] vectors = new float[context.movies().size()][genres.size()];
        for (int i = 0; i < vectors.length; i++) {
            Movie movie = context.movies().get(i);
            for (String genre : movie == null ? List.<String>of() : movie.genres()) {
                int g = genres.indexOf(genre);
                if (g >= 0) {
                    vectors[i][g] = 1f;
                }
            }
        }
        return vectors;
    }

    /** Where embeddings, fine-tuned encoders and other trained evaluation models are kept. */
    Path cacheDir() {
        return settings.cacheDir();
    }

    /** The per-data-set texts and catalog movies by item index. */
    ContentContext context(MovieLensDataset dataset, Ratings ratings) {
        return contexts.get(dataset, ratings);
    }

    /** all-MiniLM-L6-v2's unit vectors per item index. */
    float[][] pretrainedVectors(ContentContext context) {
        return cache.embed("pretrained-" + settings.encoder().maxLength(), context.movieIds(), context.texts(),
                () -> SentenceEncoder.loadPretrained(settings.encoder()));
    }

    /** Unit vectors per item index from the encoder fine-tuned on pairs of {@code train} only, with {@code seed}. */
    float[][] fineTunedVectors(ContentContext context, Interactions train, long seed) {
        List<TextPair> pairs = new PairSampler(settings.pairs().withSeed(seed))
                .sample(context.ratings(), train, context.movies()::get, context.texts()::get);
        FineTuneOptions options = new FineTuneOptions(settings.fineTune().epochs(), settings.fineTune().learningRate(),
                settings.fineTune().warmupFraction(), settings.fineTune().scale(), seed);
        List<String> identity = new ArrayList<>();
        identity.add(settings.encoder().toString());
        identity.add(options.toString());
        pairs.forEach(p -> {
            identity.add(p.anchor());
            identity.add(p.positive());
        });
        String key = context.dataset().name() + "-finetuned-" + EmbeddingCache.hash(identity);
        Path encoderRoot = settings.cacheDir().resolve(key);
        LOG.info("content-finetuned: {} pairs from the train part, encoder {}", pairs.size(), encoderRoot);
        return cache.embed(key, context.movieIds(), context.texts(), () -> {
            try {
                Path artifact = encoderRoot.resolve("encoder-v001");
                if (!Files.isDirectory(artifact)) {
                    FineTuneResult result = new EncoderFineTuner(settings.encoder(), options).withoutLossEvaluation()
                            .fineTune(pairs, encoderRoot);
                    artifact = result.artifactDir();
                    LOG.info("Fine-tuned in {} s, loss {} -> {}", String.format("%.0f", result.seconds()),
                            result.lossBefore(), result.lossAfter());
                }
                return SentenceEncoder.load(artifact);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
