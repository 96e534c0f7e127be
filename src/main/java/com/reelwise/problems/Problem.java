package com.reelwise.problems;

/**
 * An error a person can act on: its message is the one sentence they see, and it says which HTTP status it
 * answers with. Anything else thrown on a request path is a bug, answered with a generic sentence and logged.
 */
public abstract class Problem extends RuntimeException {

    protected Problem(String sentence) {
        super(sentence);
    }

    protected Problem(String sentence, Throwable cause) {
        super(sentence, cause);
    }

    /** The HTTP status it answers with, e.g. 400 for bad input. */
    public abstract int status();
}
