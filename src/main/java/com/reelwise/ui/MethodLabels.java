package com.reelwise.ui;

import com.reelwise.recommend.Method;

/** What each method is called on every page: the one owner of the names a person picks from. */
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
}
