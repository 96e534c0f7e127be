package com.reelwise.people;

/** The profile database cannot be reached or written; the message says so in one sentence, recommendations still work. */
public class StorageUnavailableException extends RuntimeException {

    StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
