package org.dyad.core.text;

/**
 * Text made safe to place in HTML or XML, element content or quoted attribute alike. Document text
 * is hostile input: every report and configuration file Dyad writes goes through here.
 */
public final class Markup {

  private Markup() {}

  /**
   * {@code text} with {@code & < > " '} replaced by character references and the control characters
   * XML 1.0 forbids dropped; null gives "".
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
