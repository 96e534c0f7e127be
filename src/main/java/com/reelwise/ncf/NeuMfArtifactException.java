package com.reelwise.ncf;

/** A NeuMF artifact folder is missing a file or holds one that cannot be read; the message names the file and the fix. */
public final class NeuMfArtifactException extends RuntimeException {

    NeuMfArtifactException(String message, Throwable cause) {
        super(message, cause);
    }
}
