package com.reelwise.recommend;

import com.reelwise.problems.Problem;

/** A method whose model is not trained or could not be loaded; the message names the fix. */
public class MethodUnavailableException extends Problem {

    public MethodUnavailableException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 503;
    }
}
