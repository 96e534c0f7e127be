package com.reelwise.problems;

/** Input a person sent that cannot be used (too few picks, an unknown id, a bad value): answered with 400. */
public class InvalidInputException extends Problem {

    public InvalidInputException(String sentence) {
        super(sentence);
    }

    @Override
    public int status() {
        return 400;
    }
}
