package com.reelwise.recommend;

import com.reelwise.problems.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The recommendation methods a person (or the API, or the harness) can choose. */
public enum Method {
    HYBRID("hybrid"),
    NEXT("next"),
    NCF("ncf"),
    CONTENT("content"),
    CLUSTER("cluster"),
    POPULAR("popular");

    private final String id;

    Method(String id) {
        this.id = id;
    }

    /** The stable lower-case name used in the API and result files. */
    public String id() {
        return id;
    }

    /** Whether the method reads the mood sentence (the others ignore it and should say so). */
    public boolean readsMood() {
        return this == HYBRID || this == CONTENT;
    }

    /** Parses an API name; null or blank means hybrid. */
    public static Method parse(String name) {
        if (name == null || name.isBlank()) {
            return HYBRID;
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("Unknown method '" + name.strip() + "'; use one of "
                        + Arrays.stream(values()).map(Method::id).collect(Collectors.joining(", ")) + "."));
    }
}
