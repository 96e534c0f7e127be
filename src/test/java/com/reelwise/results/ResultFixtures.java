package com.reelwise.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A small results folder in the harness's format: two leave-one-out runs (the second re-runs NeuMF and adds
 * the hybrid, its α sweep, content and cluster with ILD@10), a CSV-only full-ranking run, an α-sweep file in
 * a nested format, a corrupt file and an empty one. Under leave-one-out the tuned hybrid wins; under full
 * ranking the baseline EASE does.
 */
public final class ResultFixtures {

    public static final String DATASET = "ml-latest-small";

    private ResultFixtures() {
    }

    /** Writes the folder under {@code dir} and returns it. */
    public static Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(DATASET + "_loo-99neg_20260101-100000.json"), "[" + String.join(",",
                    row("loo-99neg", "popular", "2026-01-01T10:00:00Z", "\"HR@10\":0.60,\"NDCG@10\":0.35", ""),
                    row("loo-99neg", "ease", "2026-01-01T10:00:00Z", "\"HR@10\":0.75,\"NDCG@10\":0.53", ""),
                    row("loo-99neg", "neumf", "2026-01-01T10:00:00Z", "\"HR@10\":0.70,\"NDCG@10\":0.46", "")) + "]");
            StringBuilder second = new StringBuilder("[");
            second.append(row("loo-99neg", "neumf", "2026-01-02T10:00:00Z", "\"HR@10\":0.72,\"NDCG@10\":0.47", ""));
            second.append(',').append(row("loo-99neg", "content-finetuned", "2026-01-02T10:00:00Z",
                    "\"HR@10\":0.49,\"NDCG@10\":0.27,\"ILD@10\":0.70", ""));
            second.append(',').append(row("loo-99neg", "cluster", "2026-01-02T10:00:00Z",
                    "\"HR@10\":0.55,\"NDCG@10\":0.30,\"ILD@10\":0.62", ""));
            // As the harness writes them: α, the validation score it was tuned by, and "tuned" in modelConfig.
            second.append(',').append(row("loo-99neg", "hybrid", "2026-01-02T10:00:00Z",
                    "\"HR@10\":0.78,\"NDCG@10\":0.55,\"ILD@10\":0.58", ",\"modelConfig\":{\"sweep\":\"alpha\",\"alpha\":0.6,"
                            + "\"validation\":0.16,\"validationMetric\":\"NDCG@20\",\"tuned\":true}"));
            double[] hr = {0.49, 0.66, 0.77, 0.76, 0.72};
            for (int i = 0; i < hr.length; i++) {
                double alpha = i * 0.25;
                second.append(',').append(row("loo-99neg", String.format(Locale.ROOT, "hybrid-a%.2f", alpha), "2026-01-02T10:00:00Z",
                        String.format(Locale.ROOT, "\"HR@10\":%.2f,\"NDCG@10\":%.2f,\"ILD@10\":0.6", hr[i], hr[i] * 0.7),
                        String.format(Locale.ROOT, ",\"modelConfig\":{\"sweep\":\"alpha\",\"alpha\":%.2f,\"validation\":%.3f,"
                                + "\"validationMetric\":\"NDCG@20\"}", alpha, hr[i] / 5)));
            }
            Files.writeString(dir.resolve(DATASET + "_loo-99neg_20260102-100000.json"), second.append(']').toString());
            Files.writeString(dir.resolve(DATASET + "_full-ranking_20260101-100000.csv"), """
                    dataset,protocol,method,seed,users,fit_seconds,eval_seconds,date,NDCG@10,Recall@20,config,model_config
                    ml-latest-small,full-ranking,popular,42,610,0.00,0.10,2026-01-01T10:00:00Z,0.08758,0.06854,"{""name"":""full-ranking"",""testFraction"":0.2,""seed"":42}",
                    ml-latest-small,full-ranking,ease,42,610,1.00,0.10,2026-01-01T10:00:00Z,0.13051,0.12689,"{""name"":""full-ranking"",""testFraction"":0.2,""seed"":42}",
                    ml-latest-small,full-ranking,hybrid,42,610,2.00,0.10,2026-01-01T10:00:00Z,0.11000,0.11000,"{""name"":""full-ranking"",""testFraction"":0.2,""seed"":42}","{""sweep"":""alpha"",""alpha"":0.6,""tuned"":true}"
                    """);
            // The harness's sweep file regroups rows the result files already hold; it is not read as rows.
            Files.writeString(dir.resolve(DATASET + "_alpha-sweep_20260104-100000.json"), """
                    {"dataset":"ml-latest-small","seed":42,"parameter":"alpha","validationMetric":"NDCG@20",
                     "tuned":{"loo-99neg":{"method":"hybrid","alpha":0.6,"validation":0.16,"test":{"HR@10":0.78}}},
                     "points":[{"method":"hybrid-a0.00","alpha":0.0,"protocols":{"loo-99neg":{"validation":0.1,"test":{"HR@10":0.49}}}}]}
                    """);
            Files.writeString(dir.resolve(DATASET + "_cold-start_20260103-100000.json"), "{ this is not json");
            Files.writeString(dir.resolve("ml-100k_loo-99neg_20260103-100000.json"), "");
            Files.writeString(dir.resolve("notes.txt"), "not a result file");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One result row; {@code extra} is appended as further top-level fields (e.g. a modelConfig). */
    private static String row(String protocol, String method, String date, String metrics, String extra) {
        return "{\"dataset\":\"" + DATASET + "\",\"protocol\":\"" + protocol + "\",\"method\":\"" + method
                + "\",\"metrics\":{" + metrics + "},\"config\":{\"name\":\"" + protocol + "\",\"negatives\":99,\"seed\":42"
                + "}" + extra + ",\"seed\":42,\"users\":610,\"fitSeconds\":1.5,\"evalSeconds\":0.2,\"date\":\"" + date + "\"}";
    }
}
