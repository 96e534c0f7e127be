package com.reelwise.training;

import com.reelwise.eval.EvaluateMain;
import com.reelwise.eval.NamedModel;
import com.reelwise.ncf.NeuMfConfig;
import com.reelwise.ncf.NeuMfModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation command with the trained models registered beside the harness's baselines:
 * {@code mvn -q compile exec:java@evaluate -Dexec.args="--methods popular,itemknn,ease,mf,neumf,content-pretrained,content-finetuned ..."}.
 * It lives here, not in {@code eval}, because the harness must not depend on the models it judges.
 */
public final class EvaluateAll {

    private EvaluateAll() {
    }

    public static void main(String[] args) {
        EvaluateMain.run(args, models());
    }

    /** NeuMF with its documented defaults, seeded by the protocol's seed. */
    static List<NamedModel> models() {
        List<NamedModel> models = new ArrayList<>();
        models.add(new NamedModel("neumf", seed -> new NeuMfModel(NeuMfConfig.defaults().withSeed(seed)).withProgressBar(true)));
        models.addAll(ContentMethods.all(contentSettings()));
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
