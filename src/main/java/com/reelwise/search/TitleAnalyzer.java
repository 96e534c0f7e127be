package com.reelwise.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.phonetic.DoubleMetaphoneFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;

/**
 * Title words as people type them. Lower-cased and accent-folded ("Amélie" → "amelie"); punctuation inside a
 * word both splits and joins it, so "WALL·E", "Wall-E" and "walle" meet ("wall", "e", "walle"), as do "E.T."
 * and "et"; a possessive drops its "'s". The index side also files sequel numbers both ways ("Part II" under
 * "2", "Toy Story 3" under "iii"), and the sound field holds each word's Double Metaphone code
 * ("knight" and "night" sound alike).
 */
final class TitleAnalyzer extends Analyzer {

    /** How a title is split, joined and folded: the same at index and query time. */
    enum Side { INDEX, QUERY, SOUND }

    private static final int WORD_PARTS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.CATENATE_WORDS | WordDelimiterGraphFilter.CATENATE_NUMBERS | WordDelimiterGraphFilter.CATENATE_ALL
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
    private static final String[] ROMAN = {"ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
    private static final SynonymMap SEQUEL_NUMBERS = sequelNumbers();

    private final Side side;

    TitleAnalyzer(Side side) {
        this.side = side;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
        TokenStream stream = new WordDelimiterGraphFilter(tokenizer, WORD_PARTS, null);
        stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
        if (side == Side.INDEX) {
            stream = new SynonymGraphFilter(stream, SEQUEL_NUMBERS, true);
        }
        if (side == Side.SOUND) {
            // Codes of up to 8 sounds: the usual 4 let a long nonsense word sound like a short title ("asdfqwer", "iSteve").
            stream = new DoubleMetaphoneFilter(stream, 8, false);
        }
        if (side != Side.QUERY) {
            // Graph filters at index time need flattening before the index writer sees positions.
            stream = new FlattenGraphFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** 2-10 and ii-x as each other (the numbers sequels are written with); "i" is left out: it is mostly the word. */
    private static SynonymMap sequelNumbers() {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (int n = 2; n <= 10; n++) {
            builder.add(new CharsRef(Integer.toString(n)), new CharsRef(ROMAN[n - 2]), true);
            builder.add(new CharsRef(ROMAN[n - 2]), new CharsRef(Integer.toString(n)), true);
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
