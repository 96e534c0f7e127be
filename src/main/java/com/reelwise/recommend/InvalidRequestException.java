package com.reelwise.recommend;

/** A recommendation request that cannot be answered as asked; the message is one sentence for the person. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
