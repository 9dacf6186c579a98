package org.dyad.nlp.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One block of an actor dictionary: a primary phrase, its {@code +} synonyms and its codes.
 *
 * <p>Phrases are held in {@link Phrases#normalise normal form}; the codes are in file order,
 * first those on the primary line, then those on the indented lines below it. PETRARCH reads
 * each primary line as its own block, even when several stand together before one set of code
 * lines; so does this model, and the reader warns about the ones left without a code.
 *
 * @param phrase the primary phrase, normalised ({@code "mahmoud ahmadinejad"})
 * @param synonyms the {@code +} phrases, normalised, in file order (duplicates kept as written)
 * @param codes the code spans, in file order; may be empty when the file gave none
 * @param comment the text after {@code #} on the primary line, stripped; empty if none
 * @param sourceFile the file the block came from
 * @param lineNumber the 1-based line of the primary phrase
 */
public record ActorEntry(
    String phrase,
    List<String> synonyms,
    List<CodeSpan> codes,
    String comment,
    String sourceFile,
    int lineNumber) {

  public ActorEntry {
    Phrases.requireNormal(phrase, "phrase");
    synonyms = List.copyOf(synonyms);
    synonyms.forEach(synonym -> Phrases.requireNormal(synonym, "synonym"));
    codes = List.copyOf(codes);
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(sourceFile, "sourceFile");
    if (lineNumber < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + lineNumber);
    }
  }

  /** The primary phrase followed by the synonyms, without repeats. */
  public List<String> phrases() {
    Set<String> all = new LinkedHashSet<>();
    all.add(phrase);
    all.addAll(synonyms);
    return List.copyOf(all);
  }

  /**
   * Every code that applies on {@code day}, in file order without repeats. An undated code
   * applies on every day, so {@code [DZAELI 380101-920111] [DZAGOV 920111-920114] [DZAELI]} gives
   * DZAGOV and DZAELI on 12 Jan 1992; {@link #codeOn} picks one as PETRARCH does.
   */
  public List<String> codesOn(LocalDate day) {
    return distinctCodes(codes.stream().filter(span -> span.contains(day)).toList());
  }

  /**
   * The one code PETRARCH assigns on {@code day}: the first dated code, in file order, that
   * applies, else the first undated code, else none. Dated codes win because an undated code is
   * the default around the dated periods ({@code ZIMBABWE [RHO <790606] [ZBW]} is RHO in 1978);
   * file order breaks ties because the validation suite expects {@code [ORCHOB
   * 20100109-20100112]} to override the later, overlapping {@code [HOBMIL 20080120-20121109]}.
   */
  public Optional<String> codeOn(LocalDate day) {
    Optional<CodeSpan> dated =
        codes.stream().filter(span -> span.isDated() && span.contains(day)).findFirst();
    return dated.or(() -> codes.stream().filter(span -> !span.isDated()).findFirst())
        .map(CodeSpan::code);
  }

  private static List<String> distinctCodes(List<CodeSpan> spans) {
    List<String> result = new ArrayList<>();
    for (CodeSpan span : spans) {
      if (!result.contains(span.code())) {
        result.add(span.code());
      }
    }
    return List.copyOf(result);
  }
}
