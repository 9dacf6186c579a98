package org.dyad.nlp.verbs;

import java.util.List;
import java.util.Objects;

/**
 * A block of the verb dictionary: {@code --- NAME [code] ---}, its verbs and the patterns they
 * share.
 *
 * @param name the block's name ({@code ABANDON}), as written; a label only: transformations name
 *     verbs, not blocks (see {@link Transformation})
 * @param codes the default code of the block's verbs when no pattern matches
 * @param verbs the verbs of the block
 * @param patterns the patterns, in file order
 * @param line the 1-based line of the block header
 */
public record VerbBlock(String name, EventCodes codes, List<VerbEntry> verbs, List<VerbPattern> patterns, int line) {

  public VerbBlock {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(codes, "codes");
    verbs = List.copyOf(verbs);
    patterns = List.copyOf(patterns);
  }
}
