package org.dyad.index;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Case, diacritics and compatibility folding (Unicode UTR #30, as {@link ICUFoldingFilter}), with a
 * fast path: a token of ASCII characters only is folded by lowering its letters in place, which
 * is what UTR #30 does to ASCII. Most tokens of English news are ASCII, and the ICU normaliser was
 * a tenth of the analysis time.
 */
final class FoldingFilter extends TokenFilter {

  private static final Normalizer2 UTR30 = ICUFoldingFilter.NORMALIZER;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final StringBuilder folded = new StringBuilder();

  FoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c >= 0x80) {
        foldWithIcu();
        return true;
      }
      if (c >= 'A' && c <= 'Z') {
        buffer[i] = (char) (c + ('a' - 'A'));
      }
    }
    return true;
  }

  private void foldWithIcu() {
    if (UTR30.quickCheck(term) != Normalizer.YES) {
      folded.setLength(0);
      UTR30.normalize(term, folded);
      term.setEmpty().append(folded);
    }
  }
}
