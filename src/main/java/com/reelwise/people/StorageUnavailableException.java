package com.reelwise.people;

import com.reelwise.problems.Problem;

/** The profile database cannot be reached or written; the message says so in one sentence, recommendations still work. */
public class StorageUnavailableException extends Problem {

    StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int status() {
        return 503;
    }
}
