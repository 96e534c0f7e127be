package com.reelwise.recommend;

/** A method whose model is not trained or could not be loaded; the message names the fix. */
public class MethodUnavailableException extends RuntimeException {

    public MethodUnavailableException(String message) {
        super(message);
    }
}
