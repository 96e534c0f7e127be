package com.reelwise.hybrid;

/** The kinds of evidence a hybrid score is split into for the person. */
public enum EvidenceGroup {
    COLLABORATIVE("collaborative"),
    CONTENT("content"),
    POPULARITY("popularity"),
    MOOD("mood"),
    PROFILE("profile size");

    private final String label;

    EvidenceGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
