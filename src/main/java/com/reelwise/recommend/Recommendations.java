package com.reelwise.recommend;

import com.reelwise.problems.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entry point the UI and the API call: validates, then asks the chosen method's recommender.
 * Models that finish loading or training after start register themselves here.
 */
public final class Recommendations {

    private final RequestValidator validator;
    private final Map<Method, Recommender> recommenders = new ConcurrentHashMap<>();
    private final Map<Method, String> unavailable = new ConcurrentHashMap<>();

    /**
     * @param recommenders the methods that are ready
     * @param unavailable  for each method that is not, the sentence that says why and how to fix it
     */
    public Recommendations(RequestValidator validator, List<Recommender> recommenders, Map<Method, String> unavailable) {
        this.validator = validator;
        recommenders.forEach(r -> this.recommenders.put(r.method(), r));
        this.unavailable.putAll(unavailable);
    }

    public List<Recommendation> recommend(RecommendationRequest request) {
        RecommendationRequest valid = validator.validate(request);
        return recommender(valid.method()).recommend(valid);
    }

    /** The list with its intra-list diversity, as the API answers. */
    public RecommendationList recommendList(RecommendationRequest request) {
        List<Recommendation> items = recommend(request);
        return new RecommendationList(items, diversity().of(items.stream().map(Recommendation::movie).toList()));
    }

    /** Checks a request as {@link #recommend} does; returns it cleaned, or throws {@link InvalidInputException}. */
    public RecommendationRequest validate(RecommendationRequest request) {
        return validator.validate(request);
    }

    /**
     * The recommender that answers a method now.
     *
     * @throws MethodUnavailableException with the sentence that says why it cannot and how to fix it
     */
    public Recommender recommender(Method method) {
        Recommender recommender = recommenders.get(method);
        if (recommender == null) {
            throw new MethodUnavailableException(unavailable.getOrDefault(method, "The " + method.id() + " method is not available in this build."));
        }
        return recommender;
    }

    /** The content model's embeddings once loaded (explanations and the diversity figure use them), else empty. */
    public Optional<EmbeddingMatrix> contentEmbeddings() {
        return recommenders.get(Method.CONTENT) instanceof ContentRecommender content ? Optional.of(content.embeddings()) : Optional.empty();
    }

    /** Intra-list diversity over content embeddings once the content model is loaded, over genres before. */
    public ListDiversity diversity() {
        return contentEmbeddings().map(ListDiversity::embeddings).orElse(ListDiversity.GENRES);
    }

    /** Makes a method available (a model finished loading or training). */
    public void register(Recommender recommender) {
        recommenders.put(recommender.method(), recommender);
        unavailable.remove(recommender.method());
    }

    /** Takes a method away with the sentence that says why (training, damaged files, ...). */
    public void markUnavailable(Method method, String reason) {
        recommenders.remove(method);
        unavailable.put(method, reason);
    }

    /** Methods that can answer now. */
    public Set<Method> available() {
        return recommenders.isEmpty() ? EnumSet.noneOf(Method.class) : EnumSet.copyOf(recommenders.keySet());
    }

    /** Why a method cannot answer (null when it can). */
    public String whyUnavailable(Method method) {
        return recommenders.containsKey(method) ? null : unavailable.get(method);
    }
}
