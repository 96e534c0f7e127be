package com.reelwise.harness;

import com.reelwise.eval.EvaluateMain;
import com.reelwise.eval.NamedModel;
import com.reelwise.ncf.NeuMfConfig;
import com.reelwise.ncf.NeuMfModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation command with the served methods registered beside the harness's baselines:
 * {@code mvn -q compile exec:java@evaluate -Dexec.args="--methods popular,itemknn,ease,ease-recency,mf,hybrid ..."}.
 * It lives here, not in {@code eval}, because the harness must not depend on the models it judges.
 * {@code hybrid} fits the served engine once and reports every served method from that fit (hybrid, next,
 * taste, neumf by fold-in, content, cluster, popular-served); each of those can also be asked for alone. {@code neumf-known} is NeuMF scoring the users it was
 * trained on with their own vectors, as the existing-user page does. Every method's lists are also scored
 * for intra-list diversity (ILD@10) over genre indicator vectors, which no split trained.
 */
public final class EvaluateAll {

    private EvaluateAll() {
    }

    public static void main(String[] args) {
        ContentMethods content = ContentMethods.shared(contentSettings());
        EvaluateMain.run(withoutRowsTheHybridReports(args), models(content), content::genreVectors);
    }

    /**
     * A hybrid fit reports every served method from the same models; asked beside it, "neumf" (or "next", …)
     * would train them all again and write a second row of the same name, so it is left to the hybrid.
     */
    static String[] withoutRowsTheHybridReports(String[] args) {
        String[] out = args.clone();
        for (int i = 0; i + 1 < out.length; i++) {
            if (out[i].equals("--methods")) {
                List<String> methods = List.of(out[i + 1].split(","));
                if (methods.contains("hybrid")) {
                    out[i + 1] = String.join(",", methods.stream().filter(m -> m.equals("hybrid") || !ServedEngineModel.ROWS.contains(m)).toList());
                }
            }
        }
        return out;
    }

    static List<NamedModel> models(ContentMethods content) {
        List<NamedModel> models = new ArrayList<>();
        models.add(new NamedModel("hybrid", seed -> new ServedEngineModel(seed, content)));
        for (String row : ServedEngineModel.ROWS.subList(1, ServedEngineModel.ROWS.size())) {
            models.add(new NamedModel(row, seed -> new ServedEngineModel(seed, content, java.util.Set.of(row))));
        }
        models.add(new NamedModel("neumf-known", seed -> new NeuMfModel(NeuMfConfig.defaults().withSeed(seed)).withProgressBar(true)));
        return models;
    }

    /** {@link ContentMethods.Settings#defaults()}, the pair cap overridable with {@code -Dreelwise.text.pairs=N}. */
    static ContentMethods.Settings contentSettings() {
        ContentMethods.Settings defaults = ContentMethods.Settings.defaults();
        int pairs = Integer.getInteger("reelwise.text.pairs", defaults.pairs().maxPairs());
        return new ContentMethods.Settings(defaults.encoder(), defaults.fineTune(), defaults.pairs().withMaxPairs(pairs),
                defaults.cacheDir());
    }
}
