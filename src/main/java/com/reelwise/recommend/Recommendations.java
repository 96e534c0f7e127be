package com.reelwise.recommend;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
        Recommender recommender = recommenders.get(valid.method());
        if (recommender == null) {
            throw new MethodUnavailableException(unavailable.getOrDefault(valid.method(),
                    "The " + valid.method().id() + " method is not available in this build."));
        }
        return recommender.recommend(valid);
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
