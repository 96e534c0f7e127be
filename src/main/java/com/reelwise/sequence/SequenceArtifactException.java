package com.reelwise.sequence;

/** A sequential model folder that cannot be served; the message names the file and what is wrong with it. */
public final class SequenceArtifactException extends RuntimeException {

    public SequenceArtifactException(String message, Throwable cause) {
        super(message, cause);
    }
}
