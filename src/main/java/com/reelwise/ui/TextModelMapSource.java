package com.reelwise.ui;

import com.reelwise.cluster.ClusterModel;
import com.reelwise.training.ModelStatus;
import com.reelwise.training.TextModelManager;
import org.springframework.stereotype.Component;

/** The map comes with the content model: its clusters are built or loaded right after the embeddings. */
@Component
class TextModelMapSource implements CatalogMapSource {

    private final TextModelManager text;

    TextModelMapSource(TextModelManager text) {
        this.text = text;
    }

    @Override
    public ClusterModel clusters() {
        return text.clusters();
    }

    @Override
    public ModelStatus status() {
        return text.status();
    }
}
