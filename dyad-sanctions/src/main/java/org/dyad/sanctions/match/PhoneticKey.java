package org.dyad.sanctions.match;

/**
 * A consonant skeleton of a folded (lower-case ASCII) name word, so that the spellings English
 * and French sources give one Arabic or Persian name share a key: {@code yasin} and {@code
 * yaseen} are {@code asn}, {@code osama} and {@code usama} are {@code asm}, {@code qasim} and
 * {@code kasem} are {@code ksm}.
 *
 * <p>The rules, in the spirit of Soundex (R. C. Russell, US patent 1,261,167, 1918) but for the
 * letters transliteration varies: digraphs for one Arabic letter become one letter ({@code kh},
 * {@code dh}, {@code th}, {@code gh}, {@code sh}/{@code ch}, {@code dj}, {@code ph}, {@code ck});
 * {@code q} and {@code c} are {@code k}, {@code v} is {@code f}, {@code p} is {@code b}; a word
 * starting with a vowel (or {@code w}, {@code y}) starts with {@code a}; later vowels, {@code w} and {@code y}
 * are dropped; doubled letters count once. Linear in the word's length.
 */
final class PhoneticKey {

  private PhoneticKey() {}

  static String of(String word) {
    StringBuilder key = new StringBuilder(word.length());
    char last = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
      char mapped;
      if (next == 'h' && "kdtgscp".indexOf(c) >= 0) {
        mapped = switch (c) {
          case 'k' -> 'k';
          case 'd' -> 'd';
          case 't' -> 't';
          case 'g' -> 'g';
          case 'p' -> 'f';
          default -> 'x';
        };
        i++;
      } else if (c == 'd' && next == 'j') {
        mapped = 'j';
        i++;
      } else if (c == 'c' && next == 'k') {
        mapped = 'k';
        i++;
      } else {
        mapped = single(c);
      }
      if (key.isEmpty()) {
        mapped = isVowel(mapped) ? 'a' : mapped;
      } else if (isVowel(mapped)) {
        last = 0;
        continue;
      }
      if (mapped != last) {
        key.append(mapped);
        last = mapped;
      }
    }
    return key.toString();
  }

  private static char single(char c) {
    return switch (c) {
      case 'q', 'c' -> 'k';
      case 'v' -> 'f';
      case 'p' -> 'b';
      case 'e', 'i', 'o', 'u', 'y', 'w' -> 'a';
      default -> c;
    };
  }

  private static boolean isVowel(char c) {
    return c == 'a';
  }
}
