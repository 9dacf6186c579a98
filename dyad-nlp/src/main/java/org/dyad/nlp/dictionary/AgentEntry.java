package org.dyad.nlp.dictionary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One agent noun of an agents dictionary, such as {@code POLICE {} [~COP]}: a role word that,
 * found next to an actor, adds a code fragment to the actor's code ("Iraqi police" is IRQ +
 * COP = IRQCOP).
 *
 * @param phrase the singular phrase, normalised ({@code "police"})
 * @param plurals the plural phrases, normalised: the ones written in {@code {...}} or the
 *     regular plural the reader formed; empty when the file wrote {@code {}}
 * @param codeFragment the bracket content as the file writes it, upper-cased: {@code ~COP} (the
 *     usual form, added after the actor code) or {@code NGO~} (added before it)
 * @param comment the text after {@code #}, stripped; empty if none
 * @param sourceFile the file the line came from
 * @param lineNumber the 1-based line
 */
public record AgentEntry(
    String phrase,
    List<String> plurals,
    String codeFragment,
    String comment,
    String sourceFile,
    int lineNumber) {

  /** Where the agent code goes relative to the actor code it modifies. */
  public enum Placement {
    /** {@code ~GOV}: the usual case, IRN + GOV = IRNGOV. */
    AFTER_ACTOR,
    /** {@code NGO~}: organisations, NGO + USA = NGOUSA. */
    BEFORE_ACTOR
  }

  private static final Pattern FRAGMENT = Pattern.compile("~([A-Z0-9]+)|([A-Z0-9]+)~");

  public AgentEntry {
    Phrases.requireNormal(phrase, "phrase");
    plurals = List.copyOf(plurals);
    plurals.forEach(plural -> Phrases.requireNormal(plural, "plural"));
    Objects.requireNonNull(codeFragment, "codeFragment");
    if (!FRAGMENT.matcher(codeFragment).matches()) {
      throw new IllegalArgumentException(
          "an agent code is ~CODE or CODE~, got '" + codeFragment + "'");
    }
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(sourceFile, "sourceFile");
    if (lineNumber < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + lineNumber);
    }
  }

  /** The code without its {@code ~}: {@code COP} for {@code ~COP}. */
  public String code() {
    Matcher matcher = FRAGMENT.matcher(codeFragment);
    matcher.matches();
    return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
  }

  /** Which side of the actor code the {@link #code} goes. */
  public Placement placement() {
    return codeFragment.startsWith("~") ? Placement.AFTER_ACTOR : Placement.BEFORE_ACTOR;
  }

  /** The singular phrase followed by the plurals, without repeats. */
  public List<String> phrases() {
    Set<String> all = new LinkedHashSet<>();
    all.add(phrase);
    all.addAll(plurals);
    return List.copyOf(all);
  }

  /**
   * The code of an actor in this role: IRN with {@code ~COP} is IRNCOP, USA with {@code NGO~} is
   * NGOUSA. Only a bare state code takes a role after it: a group or organisation keeps its own code
   * ("Hamas officials" are Hamas).
   */
  public String appliedTo(String actorCode) {
    if (placement() == Placement.BEFORE_ACTOR) {
      return actorCode.startsWith(code()) ? actorCode : code() + actorCode;
    }
    return actorCode.length() == 3 ? actorCode + code() : actorCode;
  }
}
