package com.reelwise.training;

import com.reelwise.cluster.ClusterModelBuilder;
import com.reelwise.eval.EvaluateMain;
import com.reelwise.eval.NamedModel;
import com.reelwise.ncf.NeuMfConfig;
import com.reelwise.ncf.NeuMfModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation command with the trained models registered beside the harness's baselines:
 * {@code mvn -q compile exec:java@evaluate -Dexec.args="--methods popular,itemknn,ease,mf,neumf,content-pretrained,content-finetuned,cluster,hybrid ..."}.
 * It lives here, not in {@code eval}, because the harness must not depend on the models it judges.
 * Every method's lists are also scored for intra-list diversity (ILD@10) over genre indicator
 * vectors, which no split trained.
 */
public final class EvaluateAll {

    private EvaluateAll() {
    }

    public static void main(String[] args) {
        ContentMethods content = ContentMethods.shared(contentSettings());
        EvaluateMain.run(args, models(content), content::genreVectors);
    }

    /**
     * neumf (documented defaults), content-pretrained, content-finetuned, cluster ("more of my
     * clusters" over the fine-tuned embeddings) and hybrid (NeuMF + fine-tuned content fitted once; rows
     * neumf and content-finetuned alone, the α sweep and the α tuned on validation), all seeded by the
     * protocol's seed. Ask for hybrid without neumf or content-finetuned: it reports them itself.
     */
    static List<NamedModel> models(ContentMethods content) {
        List<NamedModel> models = new ArrayList<>();
        models.add(new NamedModel("neumf", EvaluateAll::neuMf));
        models.add(new NamedModel("content-pretrained", content::pretrained));
        models.add(new NamedModel("content-finetuned", seed -> content.fineTuned("content-finetuned", seed)));
        models.add(new NamedModel("cluster", seed -> new ClusterRankingModel(content.fineTuned("cluster-content", seed), seed,
                ClusterModelBuilder.Options.DEFAULT)));
        // The hybrid's rows include neumf and content-finetuned alone, from the same fit (no second NeuMF training).
        models.add(new NamedModel("hybrid", seed -> new HybridModel(neuMf(seed), "neumf",
                content.fineTuned("content-finetuned", seed), "content-finetuned")));
        return models;
    }

    private static NeuMfModel neuMf(long seed) {
        return new NeuMfModel(NeuMfConfig.defaults().withSeed(seed)).withProgressBar(true);
    }

    /** {@link ContentMethods.Settings#defaults()}, the pair cap overridable with {@code -Dreelwise.text.pairs=N}. */
    static ContentMethods.Settings contentSettings() {
        ContentMethods.Settings defaults = ContentMethods.Settings.defaults();
        int pairs = Integer.getInteger("reelwise.text.pairs", defaults.pairs().maxPairs());
        return new ContentMethods.Settings(defaults.encoder(), defaults.fineTune(), defaults.pairs().withMaxPairs(pairs),
                defaults.cacheDir());
    }
}
