package com.reelwise.text;

/**
 * Two texts that should embed close together, e.g. a movie's title and its overview; the other
 * positives in the same batch serve as the anchor's negatives.
 *
 * @param anchor the query-like side
 * @param positive the text that should be found for it
 */
public record TextPair(String anchor, String positive) {

    public TextPair {
        if (anchor == null || positive == null) {
            throw new IllegalArgumentException("anchor and positive are required");
        }
    }
}
