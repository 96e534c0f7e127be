package com.reelwise.api;

/** A requested resource does not exist; answered as 404 with the message as the problem detail. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
