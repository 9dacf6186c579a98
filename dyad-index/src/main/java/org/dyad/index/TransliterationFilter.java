package org.dyad.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each spelling of a transliterated Arabic name by its family's canonical key (see
 * {@link TransliterationRules}) and marks the key as a keyword so that stemmers leave it alone.
 *
 * <p>The replacement happens in place, in the same position, so phrase queries and highlight
 * offsets keep working: a highlight of {@code qaida} in a document that wrote {@code Qaeda} still
 * points at {@code Qaeda}.
 *
 * <p>With {@code splitArticle}, a name written with the article glued on ({@code alQaeda}) is split
 * into the two tokens {@code al} and {@code qaida}, which is how {@code al-Qaeda} and {@code al
 * Qaeda} are tokenized. The split only happens when the rest is a known name, so {@code alarm} or
 * {@code alliance} stay whole. Query-time normalisation of wildcard and fuzzy terms must yield one
 * token, so it runs without the split.
 *
 * <p>Expects folded (lower-case, diacritic-free) tokens without apostrophes.
 */
final class TransliterationFilter extends TokenFilter {

  private static final String ARTICLE = "al";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final TransliterationRules rules = new TransliterationRules();
  private final boolean splitArticle;

  /** The name that follows a split-off article, emitted on the next call; null when none. */
  private State nameState;

  private String nameKey;
  private int nameStart;

  TransliterationFilter(TokenStream input, boolean splitArticle) {
    super(input);
    this.splitArticle = splitArticle;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (nameKey != null) {
      emitSplitName();
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    String key = rules.canonical(term);
    if (key != null) {
      term.setEmpty().append(key);
      keyword.setKeyword(true);
    } else if (splitArticle) {
      splitArticle();
    }
    return true;
  }

  private void splitArticle() {
    int length = term.length();
    if (length <= ARTICLE.length() + TransliterationRules.MIN_LENGTH
        || term.charAt(0) != 'a'
        || term.charAt(1) != 'l') {
      return;
    }
    String key = rules.canonical(term.subSequence(ARTICLE.length(), length));
    if (key == null) {
      return;
    }
    nameState = captureState();
    nameKey = key;
    // The article is the first two characters of the original word as well: only apostrophes
    // inside the word were removed before this filter, and an article carries none.
    nameStart = Math.min(offset.startOffset() + ARTICLE.length(), offset.endOffset());
    term.setLength(ARTICLE.length());
    offset.setOffset(offset.startOffset(), nameStart);
  }

  private void emitSplitName() {
    restoreState(nameState);
    term.setEmpty().append(nameKey);
    keyword.setKeyword(true);
    position.setPositionIncrement(1);
    offset.setOffset(nameStart, offset.endOffset());
    nameKey = null;
    nameState = null;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    nameKey = null;
    nameState = null;
  }
}
