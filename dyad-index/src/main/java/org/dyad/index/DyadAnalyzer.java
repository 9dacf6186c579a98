package org.dyad.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis of English text about the Middle East, used for both indexing and queries so that the
 * spellings a reader types find the spellings a writer used.
 *
 * <p>The chain, and why each step is there:
 *
 * <ol>
 *   <li>Apostrophe-like characters ({@code ’ ‘ ʼ ʻ ʿ ʾ ` ´}) become {@code '} ({@link
 *       ApostropheCharFilter}). Transliterations mark ayn and hamza with any of them, and the
 *       grave accent would otherwise split {@code Qa`ida} in two. The mapping is one character
 *       for one, so offsets are untouched.
 *   <li>{@link StandardTokenizer} (Unicode word boundaries). It keeps {@code qa'ida} whole and
 *       splits at hyphens, so {@code al-Qaeda} and {@code al Qaeda} both yield {@code al}, {@code
 *       qaeda}.
 *   <li>{@link EnglishPossessiveFilter}: {@code Qaeda's} finds {@code Qaeda}.
 *   <li>{@link ICUFoldingFilter}: case, diacritics and compatibility forms, so {@code Qaïda} is
 *       {@code qaida}.
 *   <li>{@link ApostropheFilter}: {@code qa'ida} is {@code qaida}.
 *   <li>{@link TransliterationFilter}: spelling families of Arabic names collapse to one key
 *       ({@code Osama}/{@code Usama}, {@code Laden}/{@code Ladin}, {@code Qaeda}/{@code Qaida}),
 *       and {@code alQaeda} splits into {@code al}, {@code qaida}.
 *   <li>{@link PorterStemFilter}: {@code attacks}, {@code attacked} and {@code attacking} are
 *       {@code attack}. Porter rather than a minimal plural stemmer because analysts search for
 *       events, which English reports in every verb form. Canonical name keys are exempt.
 * </ol>
 *
 * <p>Wildcard, prefix and fuzzy query terms are not tokenized or stemmed (Lucene's rule: their
 * pattern is matched against indexed terms), but {@link #normalize} folds them and maps name
 * spellings, so {@code Osama*} matches {@code usama}. No stop words are removed: phrases such as
 * {@code "bin Laden"} must match exactly.
 *
 * <p>Thread-safe, as every Lucene analyzer.
 */
public final class DyadAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new ICUFoldingFilter(stream);
    stream = new ApostropheFilter(stream);
    stream = new TransliterationFilter(stream, true);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new TransliterationFilter(new ApostropheFilter(new ICUFoldingFilter(in)), false);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new ApostropheCharFilter(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new ApostropheCharFilter(reader);
  }
}
