package org.dyad.nlp.verbs;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.nlp.dictionary.DictionaryWarning;
import org.dyad.nlp.dictionary.MalformedLineException;
import org.dyad.nlp.dictionary.ReadResult;

/**
 * The PETRARCH Internal Coding Ontology (PICO): each CAMEO event code as a number whose four hex
 * digits are facets, as the file's header lays them out: a top category ({@code 0x1000} Say,
 * {@code 0x2000} Appeal, {@code 0x7000} Disapprove), reduce or yield ({@code 0x0100}, {@code
 * 0x0200}), a kind of interaction ({@code 0x0070} material cooperation, {@code 0x00A0} fight) and a
 * topic ({@code 0x0005} Econ). So 0211 "appeal for economic cooperation" is {@code 0x2075}.
 * PETRARCH-2 combines the codes of a reporting verb and the event it reports with
 * arithmetic on these numbers (mostly adding them), then maps the result back to CAMEO; this class
 * gives both directions.
 *
 * <p>Read from {@code PETR_Validate_Internal_Coding_Ontology_1_01.txt} (or its twin {@code
 * PETR.Internal.Coding.Ontology.txt}): one {@code CODE:EXPRESSION} per line, {@code #} starting a
 * comment ({@code 010:0x1000#Make Public Statement}). The expression is a sum of hex or decimal
 * terms, each with an optional sign: {@code 0x1000}, {@code 0x1000-0xFFFF}, {@code
 * -0xFFFF+0x2040+0x300}, {@code 0}.
 *
 * <p>The term {@code -0xFFFF} is a negation. It turns a meaning into its refusal or denial: 011
 * "decline comment" is Say (0x1000) negated, 016 "deny responsibility" is 015 (0x10a0) negated, 121
 * "reject material cooperation" is material cooperation (0x0070) negated, and 120 "reject" is the
 * negation alone. Since it is added like any term, "refuse" (negative) reported with "cooperate"
 * sums to the negated cooperation code. {@link PicoCode} keeps the negation apart from the rest of
 * the sum so that callers need not decode it from a negative number. Terms of {@code +0xFFFF}, as
 * in 110's {@code 0x1007f} (written in its comment as {@code 0xFFFF+0x0080}), are plain numbers.
 *
 * <p>Warnings, the line skipped: no {@code :}, a code that is not two to four digits or {@code
 * ---}, an unreadable expression or one outside the int range, and a code given a second time (the
 * first is kept). Several codes sharing a value (044 and 046 are both 0xB010) are not a problem;
 * the reverse lookup gives the first in file order.
 */
public final class PicoOntology {

  /** {@code -0xFFFF}, the term that negates a meaning. */
  public static final int NEGATION = 0xFFFF;

  private static final Pattern CODE = Pattern.compile("\\d{2,4}|---");
  private static final Pattern TERM = Pattern.compile("\\s*([-+]?)\\s*(0[xX][0-9A-Fa-f]+|\\d+)\\s*");

  /**
   * A PICO value.
   *
   * @param base the sum of the terms other than the negation
   * @param negated true when the expression holds the term {@code -0xFFFF}
   */
  public record PicoCode(int base, boolean negated) {

    /** The value as PETRARCH-2 adds it up: {@code base - 0xFFFF} when negated, else {@code base}. */
    public int value() {
      return negated ? base - NEGATION : base;
    }
  }

  private final Map<String, PicoCode> byCameo;
  private final Map<Integer, String> byValue;

  private PicoOntology(Map<String, PicoCode> byCameo) {
    this.byCameo = Collections.unmodifiableMap(new LinkedHashMap<>(byCameo));
    Map<Integer, String> reverse = new HashMap<>();
    byCameo.forEach((code, pico) -> reverse.putIfAbsent(pico.value(), code));
    this.byValue = Map.copyOf(reverse);
  }

  /** Reads {@code file} as UTF-8, or ISO-8859-1 with a warning if it is not valid UTF-8. */
  public static ReadResult<PicoOntology> read(Path file) throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<VerbLines.Line> lines = VerbLines.read(file, warnings);
    return parse(lines, file.getFileName().toString(), warnings);
  }

  /** Reads the characters of {@code reader}; {@code sourceName} names them in the warnings. */
  public static ReadResult<PicoOntology> read(String sourceName, Reader reader) throws IOException {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<VerbLines.Line> lines = VerbLines.read(reader, sourceName, warnings);
    return parse(lines, sourceName, warnings);
  }

  /** The PICO value of a CAMEO code as the file writes it ({@code "0211"}, {@code "---"}). */
  public Optional<PicoCode> pico(String cameo) {
    return Optional.ofNullable(byCameo.get(cameo));
  }

  /**
   * The CAMEO code whose PICO {@link PicoCode#value() value} is {@code value}, the first in file
   * order when several share it; empty when none has it.
   */
  public Optional<String> cameo(int value) {
    return Optional.ofNullable(byValue.get(value));
  }

  /** Every CAMEO code and its value, in file order. */
  /**
   * The code meaning the negation of {@code cameo}: its value less {@code 0xFFFF}, as PETRARCH-2
   * negates ("did not clash over", 110 disapprove at {@code 0xFFFF+0x0080}, is 050 diplomatic
   * cooperation; "would not provide support", 060 at {@code 0x0070}, is 121, rejecting material
   * cooperation). Empty when the ontology has no code for the negated meaning ("did not attack" and
   * "did not reject" report no event) or does not know {@code cameo}.
   */
  public Optional<String> negation(String cameo) {
    return pico(cameo).flatMap(code -> {
      int value = code.value();
      return cameo(value - NEGATION);
    });
  }

  public Map<String, PicoCode> codes() {
    return byCameo;
  }

  private static ReadResult<PicoOntology> parse(
      List<VerbLines.Line> lines, String source, List<DictionaryWarning> warnings) {
    Map<String, PicoCode> codes = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (VerbLines.Line line : lines) {
      if (line.isBlank()) {
        continue;
      }
      try {
        String content = line.content();
        int colon = content.indexOf(':');
        if (colon < 0) {
          throw new MalformedLineException("a PICO line reads 'CODE:0xVALUE'");
        }
        String code = content.substring(0, colon).strip();
        if (!CODE.matcher(code).matches()) {
          throw new MalformedLineException(
              "'" + code + "' is not a CAMEO code of 2 to 4 digits or ---");
        }
        PicoCode pico = expression(content.substring(colon + 1));
        Integer first = firstLine.putIfAbsent(code, line.number());
        if (first != null) {
          throw new MalformedLineException("code " + code + " was already given on line " + first);
        }
        codes.put(code, pico);
      } catch (MalformedLineException e) {
        warnings.add(new DictionaryWarning(source, line.number(), e.getMessage() + "; skipped"));
      }
    }
    warnings.sort(Comparator.comparingInt(DictionaryWarning::lineNumber));
    return new ReadResult<>(new PicoOntology(codes), warnings);
  }

  /** Reads a sum of signed terms; the first {@code -0xFFFF} is the negation. */
  static PicoCode expression(String text) throws MalformedLineException {
    Matcher term = TERM.matcher(text);
    long base = 0;
    boolean negated = false;
    int at = 0;
    while (at < text.length() && term.region(at, text.length()).lookingAt()) {
      String sign = term.group(1);
      if (at > 0 && sign.isEmpty()) {
        break; // two numbers without a sign between them
      }
      long magnitude = magnitude(term.group(2), text);
      if (sign.equals("-") && magnitude == NEGATION && !negated) {
        negated = true;
      } else {
        base += sign.equals("-") ? -magnitude : magnitude;
      }
      if (base > Integer.MAX_VALUE || base < Integer.MIN_VALUE + NEGATION) {
        throw new MalformedLineException("PICO value '" + text.strip() + "' is out of range");
      }
      at = term.end();
    }
    if (at == 0 || at < text.length()) {
      throw new MalformedLineException("cannot read PICO value '" + text.strip() + "'");
    }
    return new PicoCode((int) base, negated);
  }

  private static long magnitude(String digits, String text) throws MalformedLineException {
    boolean hex = digits.length() > 1 && (digits.charAt(1) == 'x' || digits.charAt(1) == 'X');
    String significant = (hex ? digits.substring(2) : digits).replaceFirst("^0+(?=.)", "");
    if (significant.length() > 10) {
      throw new MalformedLineException("PICO value '" + text.strip() + "' is out of range");
    }
    return Long.parseLong(significant, hex ? 16 : 10);
  }
}
