package com.reelwise.rating;

/** A saved star model that cannot be used, with the reason as a sentence fragment. */
public final class StarArtifactException extends RuntimeException {

    public StarArtifactException(String reason) {
        super(reason);
    }
}
