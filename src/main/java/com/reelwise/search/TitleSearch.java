package com.reelwise.search;

import com.reelwise.catalog.Catalog;
import com.reelwise.catalog.Movie;
import com.reelwise.catalog.Popularity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Typo-tolerant, accent-insensitive, year-aware title search over the catalog, held in memory.
 *
 * <p>Every query word must match a title word exactly (weight 3), by sound (2.8: "the dark night"), as a
 * prefix of one (2, for search-as-you-type) or within one or two edits (up to 1, by similarity). Punctuation
 * inside words, sequel numbers and a few common abbreviations are read as people mean them ({@link TitleAnalyzer},
 * {@link #ABBREVIATIONS}). Words are scored as
 * constants, not by term statistics, so that titles matching equally tie, and popularity then
 * decides: the saga before the documentary about it. A four-digit year in the query matches the
 * release year or a title word. When no title matches every word, titles matching most words are
 * returned instead.
 */
public final class TitleSearch implements AutoCloseable {

    private static final String TITLE = "title";
    private static final String SOUND = "sound";
    private static final String WHOLE = "whole";
    private static final String YEAR = "year";
    private static final String FEATURES = "features";
    private static final String POPULARITY = "popularity";
    private static final String ID = "id";
    private static final float EXACT = 3f;
    private static final float PREFIX = 2f;
    /** Just under an exact match, so the spelling typed wins among titles that sound the same. */
    private static final float SOUNDS_LIKE = 2.8f;
    /** Above popularity's most, below one word: decides among titles matching the same words. */
    private static final float WHOLE_TITLE = 1.5f;
    /** Shorter words have too few sounds to tell titles apart. */
    private static final int SOUND_MIN_LENGTH = 4;
    /** What people type for a few long titles; each becomes the words of the title. */
    static final Map<String, String> ABBREVIATIONS = Map.of(
            "lotr", "lord of the rings", "hp", "harry potter", "potc", "pirates of the caribbean",
            "tmnt", "teenage mutant ninja turtles", "bttf", "back to the future", "esb", "empire strikes back",
            "rotj", "return of the jedi", "t2", "terminator 2", "jp", "jurassic park");
    private static final float YEAR_MATCH = 2f;
    // Below a full word step, so popularity orders equal matches but never beats a better match.
    private static final float POPULARITY_WEIGHT = 0.9f;
    private static final int FUZZY_EXPANSIONS = 50;
    /** Query words read; a pasted paragraph is not a title. */
    private static final int MAX_WORDS = 12;

    private final Catalog catalog;
    private final Analyzer analyzer = new TitleAnalyzer(TitleAnalyzer.Side.QUERY);
    private final Analyzer soundAnalyzer = new TitleAnalyzer(TitleAnalyzer.Side.SOUND);
    private final Directory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public TitleSearch(Catalog catalog) {
        this.catalog = catalog;
        try {
            Analyzer indexing = new PerFieldAnalyzerWrapper(new TitleAnalyzer(TitleAnalyzer.Side.INDEX), Map.of(SOUND, soundAnalyzer));
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexing))) {
                Popularity popularity = Popularity.of(catalog.movies());
                for (Movie movie : catalog.movies()) {
                    writer.addDocument(document(movie, popularity.of(movie)));
                }
            }
            this.reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the title index", e);
        }
    }

    /**
     * Movies whose titles best match {@code text}, best first.
     *
     * @param limit maximum number of results (at least 1)
     */
    public List<Movie> search(String text, int limit) {
        if (text == null || text.isBlank() || limit < 1) {
            return List.of();
        }
        String expanded = expanded(text);
        List<String> words = analyzed(analyzer, expanded, MAX_WORDS).stream().distinct().toList();
        if (words.isEmpty()) {
            return List.of();
        }
        try {
            String wholeQuery = whole(expanded);
            List<Movie> hits = run(query(words, wholeQuery, true), limit);
            return !hits.isEmpty() || words.size() == 1 ? hits : run(query(words, wholeQuery, false), limit);
        } catch (IOException e) {
            throw new UncheckedIOException("Title search failed for '" + text + "'", e);
        }
    }

    private List<Movie> run(Query query, int limit) throws IOException {
        List<Movie> movies = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
            int movieId = searcher.storedFields().document(hit.doc).getField(ID).numericValue().intValue();
            catalog.byId(movieId).ifPresent(movies::add);
        }
        return movies;
    }

    private Query query(List<String> words, String whole, boolean requireAll) {
        BooleanQuery.Builder each = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            each.add(wordQuery(words.get(i), i == words.size() - 1), requireAll ? Occur.MUST : Occur.SHOULD);
        }
        if (!requireAll) {
            // All words but two (at least one): what the fallback has always matched.
            each.setMinimumNumberShouldMatch(Math.max(1, words.size() - 2));
        }
        // A title that is the whole query, however it is spaced or punctuated ("good fellas", "spiderman"), matches even
        // when its words do not, and ranks above longer titles matching the same words (Spider-Man before Homecoming).
        BooleanQuery.Builder wordsOrWhole = new BooleanQuery.Builder().add(each.build(), Occur.SHOULD);
        if (!whole.isEmpty()) {
            wordsOrWhole.add(constant(new TermQuery(new Term(WHOLE, whole)), WHOLE_TITLE), Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(wordsOrWhole.setMinimumNumberShouldMatch(1).build(), Occur.MUST)
                .add(FeatureField.newSaturationQuery(FEATURES, POPULARITY, POPULARITY_WEIGHT, 0.1f), Occur.SHOULD)
                .build();
    }

    /** A title as one key: folded, lower-cased, without a leading article, spaces or punctuation ("The Lion King" → "lionking"). */
    static String whole(String title) {
        String folded = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).trim();
        return folded.replaceFirst("^(the|a|an)\\s+", "").replaceAll("[^a-z0-9]", "");
    }

    /** One query word: the best of exact, prefix (last word only) and fuzzy matches, or the year. */
    private Query wordQuery(String word, boolean last) {
        List<Query> alternatives = new ArrayList<>();
        Term term = new Term(TITLE, word);
        alternatives.add(constant(new TermQuery(term), EXACT));
        if (last && word.length() >= 2) {
            alternatives.add(constant(new PrefixQuery(term), PREFIX));
        }
        // A word without a vowel is a keyboard run, not a spelling of a sound ("hjkhjk" sounds like Coco).
        if (word.length() >= SOUND_MIN_LENGTH && word.matches(".*[aeiouy].*")) {
            for (String code : analyzed(soundAnalyzer, word, 2)) {
                alternatives.add(constant(new TermQuery(new Term(SOUND, code)), SOUNDS_LIKE));
            }
        }
        int edits = word.length() >= 6 ? 2 : word.length() >= 3 ? 1 : 0;
        if (edits > 0) {
            FuzzyQuery fuzzy = new FuzzyQuery(term, edits, 0, FUZZY_EXPANSIONS, true,
                    new MultiTermQuery.TopTermsBoostOnlyBooleanQueryRewrite(FUZZY_EXPANSIONS));
            alternatives.add(new BoostQuery(fuzzy, 0.9f));
        }
        Integer year = year(word);
        if (year != null) {
            alternatives.add(constant(IntPoint.newExactQuery(YEAR, year), YEAR_MATCH + EXACT));
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    private static Query constant(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    private static Integer year(String word) {
        if (word.length() != 4 || !word.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int year = Integer.parseInt(word);
        return year >= 1870 && year <= 2100 ? year : null;
    }

    /** The query, at most 200 characters, with each known abbreviation written out. */
    private static String expanded(String text) {
        String clipped = text.length() > 200 ? text.substring(0, 200) : text;
        StringBuilder expanded = new StringBuilder();
        for (String word : clipped.trim().split("\\s+")) {
            expanded.append(ABBREVIATIONS.getOrDefault(word.toLowerCase(Locale.ROOT), word)).append(' ');
        }
        return expanded.toString().trim();
    }

    /** The terms {@code analyzer} makes of {@code text}, at most {@code max}. */
    private static List<String> analyzed(Analyzer analyzer, String text, int max) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TITLE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < max) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Document document(Movie movie, float popularity) {
        Document doc = new Document();
        doc.add(new StoredField(ID, movie.movieId()));
        doc.add(new TextField(TITLE, movie.title(), Field.Store.NO));
        doc.add(new TextField(SOUND, movie.title(), Field.Store.NO));
        doc.add(new StringField(WHOLE, whole(movie.title()), Field.Store.NO));
        for (String alternative : movie.alternativeTitles()) {
            doc.add(new TextField(TITLE, alternative, Field.Store.NO));
            doc.add(new TextField(SOUND, alternative, Field.Store.NO));
            doc.add(new StringField(WHOLE, whole(alternative), Field.Store.NO));
        }
        if (movie.year() != null) {
            doc.add(new IntPoint(YEAR, movie.year()));
        }
        doc.add(new FeatureField(FEATURES, POPULARITY, popularity));
        return doc;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            analyzer.close();
            soundAnalyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
