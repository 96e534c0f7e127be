package com.reelwise.ncf;

import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import com.reelwise.ratings.IdIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Serves a trained NeuMF artifact folder (written by {@link TrainNeuMf}): scores for known
 * MovieLens users, and fold-in for new people who name movies they like. All inputs and
 * outputs are raw MovieLens ids and plain arrays; score arrays are aligned with {@link #movieIds()}.
 * Thread-safe for concurrent reads. Holds native memory: close it.
 */
public final class NeuMfRecommender implements AutoCloseable {

    /** Fewest liked movies a fold-in accepts: below that the user vector is mostly the prior. */
    public static final int MIN_LIKED = 3;

    private static final String FIX = "Re-train with: mvn -q compile exec:java@train -Dexec.args=\"--data <datasets dir> --dataset ml-latest-small\" "
            + "and point to the new folder under models/ncf/";

    private final NeuMfConfig config;
    private final IdIndex users;
    private final IdIndex movies;
    private final Model model;
    private final NeuMfWeights weights;
    private final FoldIn foldIn;

    private NeuMfRecommender(NeuMfConfig config, IdIndex users, IdIndex movies, Model model, NeuMfWeights weights) {
        this.config = config;
        this.users = users;
        this.movies = movies;
        this.model = model;
        this.weights = weights;
        this.foldIn = new FoldIn(weights);
    }

    /**
     * Loads an artifact folder.
     *
     * @throws NeuMfArtifactException naming the missing or unreadable file and how to fix it
     */
    public static NeuMfRecommender load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new NeuMfArtifactException("NeuMF artifact folder " + dir + " does not exist. " + FIX, null);
        }
        NeuMfConfig config = read(dir, NeuMfArtifacts.CONFIG, f -> NeuMfArtifacts.JSON.readValue(f.toFile(), NeuMfConfig.class));
        IdIndex users = read(dir, NeuMfArtifacts.USERS, NeuMfRecommender::readIds);
        IdIndex movies = read(dir, NeuMfArtifacts.MOVIES, NeuMfRecommender::readIds);
        Path params = dir.resolve(NeuMfArtifacts.PARAMS);
        if (!Files.isRegularFile(params)) {
            throw new NeuMfArtifactException("NeuMF artifact " + dir + " has no " + NeuMfArtifacts.PARAMS + " (the trained parameters). " + FIX, null);
        }
        Model model = Model.newInstance(NeuMfArtifacts.MODEL_NAME);
        try {
            NeuMfBlock block = NeuMfBlock.create(config, users.size(), movies.size());
            model.setBlock(block);
            model.load(dir, NeuMfArtifacts.MODEL_NAME);
            requireShape(block, NeuMfBlock.GMF_USER, new Shape(users.size(), config.factors()), dir);
            requireShape(block, NeuMfBlock.MLP_ITEM, new Shape(movies.size(), config.mlpEmbedding()), dir);
            return new NeuMfRecommender(config, users, movies, model, new NeuMfWeights(block, config));
        } catch (NeuMfArtifactException e) {
            model.close();
            throw e;
        } catch (Exception e) {
            model.close();
            throw new NeuMfArtifactException("NeuMF artifact " + dir + ": cannot load " + NeuMfArtifacts.PARAMS
                    + " with the network described by " + NeuMfArtifacts.CONFIG + " (" + e + "). The file is corrupt or from another run. " + FIX, e);
        }
    }

    private static void requireShape(NeuMfBlock block, String table, Shape expected, Path dir) {
        Shape actual = block.table(table).getArray().getShape();
        if (!actual.equals(expected)) {
            throw new NeuMfArtifactException("NeuMF artifact " + dir + ": " + NeuMfArtifacts.PARAMS + " holds " + table + " of shape " + actual
                    + " but " + NeuMfArtifacts.USERS + "/" + NeuMfArtifacts.MOVIES + " and " + NeuMfArtifacts.CONFIG + " need " + expected
                    + "; the files come from different runs. " + FIX, null);
        }
    }

    private interface FileReader<T> {
        T read(Path file) throws IOException;
    }

    private static <T> T read(Path dir, String name, FileReader<T> reader) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new NeuMfArtifactException("NeuMF artifact " + dir + " has no " + name + ". " + FIX, null);
        }
        try {
            return reader.read(file);
        } catch (IOException | RuntimeException e) {
            throw new NeuMfArtifactException("NeuMF artifact " + dir + ": cannot read " + name + " (" + e.getMessage() + "). " + FIX, e);
        }
    }

    private static IdIndex readIds(Path file) throws IOException {
        int[] ids = Files.readAllLines(file).stream().map(String::trim).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] <= ids[i - 1]) {
                throw new IOException("ids must be strictly ascending, line " + (i + 1) + " has " + ids[i] + " after " + ids[i - 1]);
            }
        }
        if (ids.length == 0) {
            throw new IOException("no ids");
        }
        return IdIndex.of(ids);
    }

    /** Raw MovieLens movie ids in model order; every score array is aligned with it (a copy). */
    public int[] movieIds() {
        int[] ids = new int[movies.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = movies.idAt(i);
        }
        return ids;
    }

    /** Whether {@code userId} (raw MovieLens id) was in the training data. */
    public boolean knowsUser(int userId) {
        return users.contains(userId);
    }

    public boolean knowsMovie(int movieId) {
        return movies.contains(movieId);
    }

    /** The hyperparameters the model was trained with. */
    public NeuMfConfig config() {
        return config;
    }

    /**
     * Predicted probability for every movie for a known user (DJL forward pass).
     *
     * @throws IllegalArgumentException if the user was not in the training data
     */
    public float[] scoresForUser(int userId) {
        int user = userIndex(userId);
        int n = movies.size();
        int[] u = new int[n];
        int[] items = new int[n];
        Arrays.fill(u, user);
        for (int i = 0; i < n; i++) {
            items[i] = i;
        }
        return sigmoid(NeuMfModel.forward(model, u, items));
    }

    /** Predicted probability that a known user interacts with one movie. */
    public float probability(int userId, int movieId) {
        int movie = movies.indexOf(movieId);
        if (movie < 0) {
            throw new IllegalArgumentException("Movie " + movieId + " is not in the NeuMF model's catalogue");
        }
        return sigmoid(NeuMfModel.forward(model, new int[] {userIndex(userId)}, new int[] {movie}))[0];
    }

    /**
     * Fits a new person's user vector against the frozen network and scores every movie.
     * Re-folding after more feedback is just another call with the longer lists. Deterministic
     * for the same inputs. Unknown movie ids are ignored.
     *
     * @param likedMovieIds    raw MovieLens ids the person likes; at least {@link #MIN_LIKED} known ones
     * @param dislikedMovieIds raw ids they dislike (may be empty)
     * @return probabilities aligned with {@link #movieIds()}
     */
    public float[] foldIn(Collection<Integer> likedMovieIds, Collection<Integer> dislikedMovieIds) {
        return weights.probabilities(foldedInUser(likedMovieIds, dislikedMovieIds));
    }

    /**
     * {@link #foldIn} before the sigmoid: logits aligned with {@link #movieIds()}, for callers that
     * blend scores (the sigmoid squeezes almost every movie near 0, logits keep their spread).
     */
    public float[] foldInLogits(Collection<Integer> likedMovieIds, Collection<Integer> dislikedMovieIds) {
        return weights.logits(foldedInUser(likedMovieIds, dislikedMovieIds));
    }

    /**
     * {@link #foldInLogits} at the given movies only (NaN for ones NeuMF does not know): the same fold-in, without
     * scoring the whole catalogue, for callers that need a few films' logits (explanations that score again).
     */
    public float[] foldInLogitsOf(Collection<Integer> likedMovieIds, Collection<Integer> dislikedMovieIds, int[] movieIds) {
        return logitsOfUserAt(foldedInUser(likedMovieIds, dislikedMovieIds), movieIds);
    }

    /**
     * Several people's fitted user vectors, folded in together and each bit for bit as alone; null for a person with
     * fewer than {@link #MIN_LIKED} liked movies the model knows. Score them with {@link #logitsOfUser} and
     * {@link #logitsOfUserAt}: a request that will also explain its list folds the person and their leave-one-out
     * lists in one batch.
     */
    public float[][] foldedInUsers(List<? extends Collection<Integer>> likedMovieIds, List<? extends Collection<Integer>> dislikedMovieIds) {
        int people = likedMovieIds.size();
        List<Integer> able = new ArrayList<>();
        List<int[]> liked = new ArrayList<>();
        List<int[]> disliked = new ArrayList<>();
        for (int q = 0; q < people; q++) {
            int[] likes = known(likedMovieIds.get(q));
            if (likes.length >= MIN_LIKED) {
                able.add(q);
                liked.add(likes);
                disliked.add(dislikedBesides(likes, dislikedMovieIds.get(q)));
            }
        }
        float[][] users = foldIn.fitEach(liked.toArray(int[][]::new), disliked.toArray(int[][]::new),
                config.negatives(), config.foldInSteps(), config.foldInLearningRate(), config.seed());
        float[][] out = new float[people][];
        for (int a = 0; a < able.size(); a++) {
            out[able.get(a)] = users[a];
        }
        return out;
    }

    /** Every movie's logit for a user vector from {@link #foldedInUsers}, aligned with {@link #movieIds()}. */
    public float[] logitsOfUser(float[] user) {
        return weights.logits(user);
    }

    /** A fitted user vector's logits at the given movies, NaN for movies NeuMF does not know. */
    public float[] logitsOfUserAt(float[] user, int[] movieIds) {
        int[] known = Arrays.stream(movieIds).map(movies::indexOf).toArray();
        float[] logits = weights.logitsOf(user, Arrays.stream(known).map(i -> Math.max(i, 0)).toArray());
        for (int i = 0; i < known.length; i++) {
            if (known[i] < 0) {
                logits[i] = Float.NaN;
            }
        }
        return logits;
    }

    /** The known disliked items that are not also liked (a film cannot be both a positive and a negative). */
    private int[] dislikedBesides(int[] liked, Collection<Integer> dislikedMovieIds) {
        return Arrays.stream(known(dislikedMovieIds)).filter(i -> Arrays.stream(liked).noneMatch(l -> l == i)).toArray();
    }

    private float[] foldedInUser(Collection<Integer> likedMovieIds, Collection<Integer> dislikedMovieIds) {
        int[] liked = known(likedMovieIds);
        if (liked.length < MIN_LIKED) {
            throw new IllegalArgumentException("Fold-in needs at least " + MIN_LIKED + " liked movies the model knows; got "
                    + liked.length + " of " + likedMovieIds.size());
        }
        return foldIn.fit(liked, dislikedBesides(liked, dislikedMovieIds), config.negatives(), config.foldInSteps(),
                config.foldInLearningRate(), config.seed());
    }

    /** The {@code k} best-scored movies, skipping {@code excludedMovieIds} (e.g. already rated), best first. */
    public List<MovieProbability> top(float[] scores, int k, Set<Integer> excludedMovieIds) {
        List<MovieProbability> best = new ArrayList<>();
        for (int i : com.reelwise.eval.Metrics.topK(scores, k, i -> excludedMovieIds.contains(movies.idAt(i)))) {
            best.add(new MovieProbability(movies.idAt(i), scores[i]));
        }
        return best;
    }

    /**
     * Each film as NeuMF sees it, unit length, aligned with {@link #movieIds()}: its GMF factors weighted by the
     * output layer, then its half of the first tower layer. Films NeuMF places alike get similar vectors.
     */
    public float[][] itemVectors() {
        return weights.itemVectors();
    }

    /** Scores a known user through the plain-Java network copy (used to check it against DJL). */
    float[] javaScoresForUser(int userId) {
        return weights.probabilities(weights.userVector(userIndex(userId)));
    }

    /** The DJL model, for the benchmark's DJL fold-in comparison only. */
    Model djlModel() {
        return model;
    }

    /** NDArrays still attached to the model's manager: grows only if per-request arrays leak. */
    public int managedArrayCount() {
        return com.reelwise.djl.ManagedArrays.count(model);
    }

    private int[] known(Collection<Integer> movieIds) {
        return new LinkedHashSet<>(movieIds).stream().mapToInt(movies::indexOf).filter(i -> i >= 0).toArray();
    }

    private int userIndex(int userId) {
        int user = users.indexOf(userId);
        if (user < 0) {
            throw new IllegalArgumentException("User " + userId + " is not in the NeuMF training data; use foldIn(liked, disliked) for new people");
        }
        return user;
    }

    private static float[] sigmoid(float[] logits) {
        float[] p = new float[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = NeuMfWeights.sigmoid(logits[i]);
        }
        return p;
    }

    @Override
    public void close() {
        model.close();
    }
}
