package com.reelwise.fetch;

/** A failure whose message is one sentence a user can act on; the command line prints only that. */
class FetchException extends RuntimeException {

    FetchException(String message) {
        super(message);
    }

    FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
