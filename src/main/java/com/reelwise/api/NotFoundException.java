package com.reelwise.api;

import com.reelwise.problems.Problem;

/** A requested resource does not exist; answered as 404 with the message as the problem detail. */
class NotFoundException extends Problem {

    NotFoundException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }
}
