package com.reelwise.ui;

import com.reelwise.recommend.Method;

/** What each method is called on every page, and what it is good for: the one owner of the words a person picks by. */
final class MethodLabels {

    private MethodLabels() {
    }

    static String of(Method method) {
        return switch (method) {
            case HYBRID -> "Hybrid";
            case NEXT -> "Next watch";
            case NCF -> "Neural CF";
            case CONTENT -> "Content";
            case CLUSTER -> "Cluster explore";
            case POPULAR -> "Popular";
        };
    }

    /**
     * One line under the method menu on what a list made this way is like, as measured on the taste panel
     * (model-training/eval/README.md, 2026-12-07: of 24 well-known tastes, the hybrid's lists matched 23, content's
     * 14, next watch's 8 with its own model (1 before) and NeuMF's 2, which mostly gave widely liked films from a few picks).
     */
    static String hint(Method method) {
        return switch (method) {
            case HYBRID -> "Every source weighed together by a learned ranker: the best lists here.";
            case NEXT -> "What people went on to watch after films like yours, read in the order you added them.";
            case NCF -> "What people who liked your films rated; from a few picks it leans on widely liked films.";
            case CONTENT -> "Films whose story and style are closest to yours; it tends to stay in your films' decades.";
            case CLUSTER -> "Groups of similar films: more of yours, nearby ones you have not touched, or each group's best known.";
            case POPULAR -> "The most rated films here, the same for everyone.";
        };
    }
}
