package org.dyad.nlp.parse;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** Tagged tokens for the tag repairs' tests, written "word/TAG" and separated by spaces. */
final class TaggedTokens {

  private TaggedTokens() {}

  static List<CoreLabel> of(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String item : text.split(" ")) {
      int slash = item.lastIndexOf('/');
      CoreLabel token = new CoreLabel();
      token.setWord(item.substring(0, slash));
      token.setTag(item.substring(slash + 1));
      tokens.add(token);
    }
    return tokens;
  }

  static List<String> tags(List<CoreLabel> tokens) {
    return tokens.stream().map(CoreLabel::tag).toList();
  }
}
