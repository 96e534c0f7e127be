package com.reelwise.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RememberedSentencesTest {

    /** Stands in for the encoder: a vector from the sentence's length and first letter, and a log of what it encoded. */
    private final List<String> encoded = new ArrayList<>();
    private final Function<String, float[]> encoder = sentence -> {
        encoded.add(sentence);
        return new float[] {sentence.length(), sentence.charAt(0)};
    };

    @Test
    void aRepeatedSentenceIsEncodedOnceAndGetsTheSameVector() {
        RememberedSentences remembered = new RememberedSentences(encoder);

        float[] first = remembered.apply("scary but not gory");
        float[] again = remembered.apply("scary but not gory");
        float[] other = remembered.apply("a quiet romance");

        assertArrayEquals(first, again);
        assertArrayEquals(new float[] {15, 'a'}, other);
        assertEquals(List.of("scary but not gory", "a quiet romance"), encoded);
    }

    @Test
    void aCallerChangingItsVectorDoesNotChangeTheNextCallers() {
        RememberedSentences remembered = new RememberedSentences(encoder);

        remembered.apply("an epic adventure")[0] = -1;

        assertArrayEquals(new float[] {17, 'a'}, remembered.apply("an epic adventure"));
    }

    @Test
    void keepsNoMoreThanItsSize() {
        RememberedSentences remembered = new RememberedSentences(encoder, 3, Runnable::run);

        for (int i = 0; i < 20; i++) {
            remembered.apply("mood number " + i);
        }

        assertTrue(remembered.size() <= 3, "remembered " + remembered.size());
        assertEquals(20, encoded.size());
    }
}
