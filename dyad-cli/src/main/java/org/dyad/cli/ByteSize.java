package org.dyad.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Parses sizes such as {@code 512MB}, {@code 2G}, {@code 1048576}. */
final class ByteSize implements CommandLine.ITypeConverter<Long> {

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmgt]?)i?b?");

  @Override
  public Long convert(String value) {
    Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException("not a size (such as 512MB or 2GB): " + value);
    }
    long number = Long.parseLong(m.group(1));
    int shift = switch (m.group(2)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      case "t" -> 40;
      default -> 0;
    };
    if (number == 0 || Long.numberOfLeadingZeros(number) <= shift) {
      throw new CommandLine.TypeConversionException("size out of range: " + value);
    }
    return number << shift;
  }
}
