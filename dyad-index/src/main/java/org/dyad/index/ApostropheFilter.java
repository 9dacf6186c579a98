package org.dyad.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes apostrophes from inside tokens, so that {@code qa'ida} and {@code qaida} are one term.
 *
 * <p>Transliterations of Arabic mark the ayn and hamza with an apostrophe that writers may or may
 * not type, so an apostrophe inside a word carries no meaning a search should depend on. {@link
 * DyadAnalyzer} first maps every apostrophe-like character to {@code '}; this filter only has to
 * remove that one character. English contractions lose theirs too ({@code don't} becomes {@code
 * dont}), on both the indexing and the query side, which keeps them findable.
 */
final class ApostropheFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  ApostropheFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    int kept = 0;
    for (int i = 0; i < length; i++) {
      if (buffer[i] != '\'') {
        buffer[kept++] = buffer[i];
      }
    }
    // A token made only of apostrophes stays as it is rather than becoming an empty term.
    if (kept > 0) {
      term.setLength(kept);
    }
    return true;
  }
}
