package com.reelwise.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MovieLens title taken apart: "Amelie (Fabuleux destin d'Amélie Poulain, Le) (2001)" becomes
 * title "Amelie", alternative "Le Fabuleux destin d'Amélie Poulain", year 2001.
 *
 * @param title        display title with any trailing article moved to the front
 * @param alternatives other titles given in parentheses (original-language or a.k.a. forms)
 * @param year         release year, or null when the title carries none
 */
record MovieTitle(String title, List<String> alternatives, Integer year) {

    private static final Pattern TRAILING_YEAR = Pattern.compile("\\s*\\((\\d{4})(?:[-–]\\d{0,4})?\\)\\s*$");
    private static final Pattern TRAILING_PARENS = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$");
    private static final Pattern AKA = Pattern.compile("^(?i)a\\.k\\.a\\.?\\s*");
    // Articles MovieLens moves to the end ("Matrix, The"); the apostrophe forms attach without a space.
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "la", "le", "les", "il", "lo", "gli", "i",
            "der", "die", "das", "el", "los", "las", "un", "une", "uno", "una", "o", "os", "as", "de", "het", "en", "ett", "det");
    private static final Set<String> ELIDED_ARTICLES = Set.of("l'", "d'");

    /** Parses a MovieLens-style title; never fails (an odd title comes back whole). */
    static MovieTitle parse(String raw) {
        String rest = raw == null ? "" : raw.strip();
        Integer year = null;
        Matcher yearMatch = TRAILING_YEAR.matcher(rest);
        if (yearMatch.find()) {
            year = Integer.valueOf(yearMatch.group(1));
            rest = rest.substring(0, yearMatch.start());
        }
        List<String> alternatives = new ArrayList<>();
        Matcher parens;
        // Only peel parentheses when something is left in front of them: "(500) Days of Summer" keeps its own.
        while ((parens = TRAILING_PARENS.matcher(rest)).find() && parens.start() > 0) {
            String alternative = AKA.matcher(parens.group(1).strip()).replaceFirst("");
            if (!alternative.isEmpty()) {
                alternatives.add(0, moveArticleToFront(alternative));
            }
            rest = rest.substring(0, parens.start());
        }
        return new MovieTitle(moveArticleToFront(rest.strip()), List.copyOf(alternatives), year);
    }

    /** "Matrix, The" → "The Matrix"; "Armée des ombres, L'" → "L'Armée des ombres". */
    static String moveArticleToFront(String title) {
        int comma = title.lastIndexOf(", ");
        if (comma < 0) {
            return title;
        }
        String tail = title.substring(comma + 2).strip();
        String lower = tail.toLowerCase(Locale.ROOT);
        String head = title.substring(0, comma);
        if (ELIDED_ARTICLES.contains(lower)) {
            return tail + head;
        }
        if (ARTICLES.contains(lower)) {
            return tail + " " + head;
        }
        return title;
    }
}
