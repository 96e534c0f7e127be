package com.reelwise.people;

import com.reelwise.problems.InvalidInputException;
import java.util.Locale;
import java.util.Optional;

/** What a person said about a movie. "none" (no verdict) is the absence of a row, not a value. */
public enum Verdict {
    LIKE, DISLIKE;

    /** Parses "like", "dislike" or "none" (empty result); anything else is refused with a sentence. */
    public static Optional<Verdict> parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "like" -> Optional.of(LIKE);
            case "dislike" -> Optional.of(DISLIKE);
            case "none" -> Optional.empty();
            default -> throw new InvalidInputException("The verdict must be \"like\", \"dislike\" or \"none\" (got "
                    + (text == null ? "nothing" : "\"" + text + "\"") + ").");
        };
    }
}
