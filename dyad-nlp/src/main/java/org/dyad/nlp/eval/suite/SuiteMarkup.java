package org.dyad.nlp.eval.suite;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.nlp.eval.RecordWarning;

/**
 * The tolerant scanner under {@link SuiteReader}: the suites are XML in spirit only (a {@code --}
 * inside a comment, self-closing tags followed by content, {@code <PLEvent {json}>} lines, bare
 * text before the records), so no XML parser is used. Because nothing here resolves a DTD or an
 * entity other than the five predefined ones and character references, an external entity is
 * never fetched: {@code &xxe;} stays those five characters.
 *
 * <p>Each step is linear in the file.
 */
final class SuiteMarkup {

  /**
   * A start, end or empty-element tag.
   *
   * @param name the element name, case kept
   * @param closing whether it is an end tag ({@code </Text>})
   * @param selfClosing whether it ends with {@code />}
   * @param attributes its attributes, entities decoded; the first of a repeated name wins
   * @param start the offset of its {@code <}
   * @param end the offset just past its {@code >}
   * @param line the 1-based line of its {@code <}
   */
  record Tag(String name, boolean closing, boolean selfClosing, Map<String, String> attributes, int start, int end,
      int line) {

    String attribute(String key) {
      return attributes.get(key);
    }
  }

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.:-]*");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_.:-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>/=]+))");
  private static final Pattern REFERENCE = Pattern.compile("&(?:#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6})|([a-z]{2,4}));");
  private static final Map<String, String> PREDEFINED =
      Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"", "apos", "'");

  private SuiteMarkup() {}

  /**
   * {@code bytes} as UTF-8, without a leading byte-order mark. Bytes that are not UTF-8 become
   * U+FFFD, with one warning giving their count and the line of the first: the suites declare
   * UTF-8, so a bad byte is damage to one record, not a sign that the file is in another charset.
   */
  static String decode(byte[] bytes, String source, List<RecordWarning> warnings) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never yields more UTF-16 units than it has bytes, and each bad sequence is one U+FFFD.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    int badSequences = 0;
    int firstBadByte = -1;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        break;
      }
      firstBadByte = badSequences++ == 0 ? in.position() : firstBadByte;
      out.put('\uFFFD');
      in.position(in.position() + result.length());
    }
    decoder.flush(out);
    if (badSequences > 0) {
      int line = 1;
      for (int i = 0; i < firstBadByte; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      warnings.add(new RecordWarning(source, line, "", badSequences + " byte sequence(s) that are not UTF-8, the "
          + "first on this line, were read as U+FFFD"));
    }
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * {@code text} without its {@code <!-- -->} comments, each ended by the first {@code -->} after
   * it (so a {@code --} inside one does no harm), as PETRARCH reads them. Line breaks inside a
   * comment are kept, so lines keep their numbers. A comment never closed is warned about and
   * only the rest of its line dropped, so that one typo cannot swallow the records after it.
   */
  static String withoutComments(String text, String source, List<RecordWarning> warnings) {
    StringBuilder kept = new StringBuilder(text.length());
    int from = 0;
    int line = 1;
    for (int open = text.indexOf("<!--"); open >= 0; open = text.indexOf("<!--", from)) {
      kept.append(text, from, open);
      line += newlines(text, from, open);
      int close = text.indexOf("-->", open + 4);
      int end;
      if (close < 0) {
        int lineEnd = text.indexOf('\n', open);
        end = lineEnd < 0 ? text.length() : lineEnd;
        warnings.add(new RecordWarning(source, line, "",
            "comment '<!--' is never closed by '-->'; only the rest of its line was skipped"));
      } else {
        end = close + 3;
      }
      int breaks = newlines(text, open, end);
      kept.append("\n".repeat(breaks));
      line += breaks;
      from = end;
    }
    return kept.append(text, from, text.length()).toString();
  }

  /**
   * The tags of {@code text}, in order. A {@code <} starts a tag when a name or {@code /name}
   * follows, and the tag ends at the first {@code >}; if another {@code <} comes first, or the
   * text ends, the fragment is not a tag. Declarations ({@code <!DOCTYPE}, {@code <!ENTITY}) and
   * processing instructions are not tags and are passed over.
   */
  static List<Tag> tags(String text) {
    List<Tag> tags = new ArrayList<>();
    int line = 1;
    int counted = 0;
    for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
      boolean closing = at + 1 < text.length() && text.charAt(at + 1) == '/';
      Matcher name = NAME.matcher(text).region(closing ? at + 2 : at + 1, text.length());
      if (!name.lookingAt()) {
        continue;
      }
      int gt = text.indexOf('>', name.end());
      int nextLt = text.indexOf('<', name.end());
      if (gt < 0 || nextLt >= 0 && nextLt < gt) {
        continue;
      }
      line += newlines(text, counted, at);
      counted = at;
      String inside = text.substring(name.end(), gt);
      boolean selfClosing = inside.endsWith("/");
      tags.add(new Tag(name.group(), closing, selfClosing, attributes(inside), at, gt + 1, line));
    }
    return tags;
  }

  /**
   * {@code text} with the predefined entities ({@code &amp;} and the like) and character
   * references decoded; anything else that looks like a reference is left as written.
   */
  static String unescape(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher reference = REFERENCE.matcher(text);
    StringBuilder plain = new StringBuilder(text.length());
    while (reference.find()) {
      reference.appendReplacement(plain, Matcher.quoteReplacement(decoded(reference)));
    }
    reference.appendTail(plain);
    return plain.toString();
  }

  private static String decoded(Matcher reference) {
    if (reference.group(3) != null) {
      return PREDEFINED.getOrDefault(reference.group(3), reference.group());
    }
    int codePoint = reference.group(1) != null
        ? Integer.parseInt(reference.group(1))
        : Integer.parseInt(reference.group(2), 16);
    boolean allowed = codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
        || codePoint >= 0x20 && codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF);
    return allowed ? Character.toString(codePoint) : reference.group();
  }

  private static Map<String, String> attributes(String inside) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(inside);
    while (attribute.find()) {
      String value = attribute.group(2) != null ? attribute.group(2)
          : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
      attributes.putIfAbsent(attribute.group(1), unescape(value));
    }
    return Collections.unmodifiableMap(attributes);
  }

  private static int newlines(String text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      count += text.charAt(i) == '\n' ? 1 : 0;
    }
    return count;
  }
}
