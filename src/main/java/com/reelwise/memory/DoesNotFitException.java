package com.reelwise.memory;

/**
 * Work that would not fit in this machine's memory, refused before it starts (never an out-of-memory crash half way);
 * the message is the sentence to show: what it needs, what there is, what to do instead.
 */
public final class DoesNotFitException extends RuntimeException {

    public DoesNotFitException(String message) {
        super(message);
    }
}
