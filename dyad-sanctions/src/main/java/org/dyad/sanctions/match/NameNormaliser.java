package org.dyad.sanctions.match;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.index.TransliterationRules;

/**
 * Turns a name as written into the parts the matcher compares, the same way for list names and
 * queries:
 *
 * <ol>
 *   <li>any script to Latin, then to ASCII (ICU {@code Any-Latin; Latin-ASCII}), lower case;
 *   <li>the Arabic article (and the Urdu {@code ul}, {@code ud}, {@code ur}) written with a hyphen ({@code al-}, {@code el-} and the assimilated
 *       {@code ad-}, {@code ar-}, {@code as-}, {@code ash-}, {@code at-}, {@code az-}, {@code an-}) is
 *       dropped, as is {@code al}/{@code el} standing before another word, or glued to a long one
 *       ({@code alsuri}): sources write it every way or leave it out;
 *   <li>apostrophes and ayn marks vanish, other punctuation separates words;
 *   <li>titles ({@code dr}, {@code shaykh}, {@code mullah}, {@code haji}, {@code sayyid}), the
 *       connectors {@code bin}, {@code ibn}, {@code bint}, {@code ben} (also glued: {@code binladen})
 *       and the English {@code the}, {@code of}, {@code and}, {@code for} are dropped;
 *   <li>spelling families of common names fold to one key with the index's {@link
 *       TransliterationRules} ({@code mohammed} = {@code muhammad}, {@code abdel} = {@code abdul});
 *   <li>the particles {@code abd} ({@code abdul}, {@code abdel}...) and {@code abu} ({@code abou})
 *       glued to a name are split from it, so {@code Abdel Aziz}, {@code Abd al-Aziz} and {@code
 *       Abdelaziz} are all {@code abd aziz}, in any word order; {@code Abd Allah}, {@code Abdallah}
 *       and {@code Abdullah} are {@code abdullah}.
 * </ol>
 *
 * <p>Word order is kept; the matcher compares parts as a set. Thread-safe. Linear in the name's
 * length.
 */
public final class NameNormaliser {

  private static final Pattern HYPHENATED_ARTICLE =
      Pattern.compile("(?<![a-z])(?:al|el|ul|ad|adh|ar|as|ash|at|az|an|ed|er|es|et|ez|en)[-‐‑]\\s*(?=[a-z])");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼʻʿʾ`´]");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
  private static final Set<String> DROPPED = Set.of(
      "bin", "ibn", "bint", "ben", "dr", "mr", "mrs", "ms", "prof", "shaykh", "mullah", "mulla", "maulawi", "mawlawi",
      "maulavi", "haji", "hajji", "sayyid", "sayyed", "seyed", "sayed", "syed", "the", "of", "and", "for");
  private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "ud", "ur");
  private static final Set<String> ABD = Set.of("abd", "abdul", "abdal", "abdol", "abdu");
  private static final String ABDULLAH = "abdullah";
  private static final Pattern ABDULLAH_SPELLINGS = Pattern.compile("ab(?:d|dou|du|de|da|do)ll?ah?");
  /** {@code binladen} is {@code ladin}, as {@code bin Laden} is. */
  private static final List<String> GLUED_CONNECTORS = List.of("bin", "ibn");
  private static final List<String> GLUED_PREFIXES = List.of("abdul", "abdel", "abdal", "abdol", "abdu", "abou", "abu");
  /** {@code alsuri}, {@code aldin}: shorter words starting with al ({@code alam}, {@code alan}) are names. */
  private static final int GLUED_ARTICLE_MIN = 5;

  private static final ThreadLocal<TransliterationRules> FAMILIES = ThreadLocal.withInitial(TransliterationRules::new);

  private NameNormaliser() {}

  /** The name's parts, in written order; empty when nothing name-like is left. */
  public static List<String> parts(String name) {
    String folded = HYPHENATED_ARTICLE.matcher(ascii(name).toLowerCase(Locale.ROOT)).replaceAll("");
    folded = APOSTROPHES.matcher(folded).replaceAll("");
    List<String> words = new ArrayList<>();
    for (String word : SEPARATORS.split(folded)) {
      if (!word.isEmpty() && !DROPPED.contains(word)) {
        words.add(word);
      }
    }
    return join(words);
  }

  private static String ascii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > 0x7E) {
        // ICU documents Transliterator instances as not safe for concurrent use.
        synchronized (Script.TO_ASCII) {
          return Script.TO_ASCII.transliterate(name);
        }
      }
    }
    return name;
  }

  private static List<String> join(List<String> words) {
    TransliterationRules families = FAMILIES.get();
    List<String> parts = new ArrayList<>(words.size() + 2);
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean hasNext = i + 1 < words.size();
      if (ARTICLES.contains(word) && hasNext) {
        continue;
      }
      String family = families.canonical(withoutGluedArticle(word));
      String key = family == null ? withoutGluedArticle(word) : family;
      if (ABD.contains(key) && hasNext && isAllah(words, i + 1)) {
        parts.add(ABDULLAH);
        i = words.get(i + 1).equals("allah") ? i + 1 : i + 2;
      } else if (ABD.contains(key)) {
        parts.add("abd");
      } else if (key.equals("um")) {
        parts.add("umm");
      } else {
        split(key, families, parts);
      }
    }
    return parts;
  }

  /** Whether the words from {@code at} are {@code allah} or {@code al allah}: {@code Abd Allah} is one name. */
  private static boolean isAllah(List<String> words, int at) {
    return words.get(at).equals("allah")
        || (ARTICLES.contains(words.get(at)) && at + 1 < words.size() && words.get(at + 1).equals("lah"));
  }

  /**
   * Adds {@code word}, with a glued {@code abdul…} or {@code abu…} split into its particle and name
   * ({@code abdulaziz} is {@code abd aziz}, {@code abubakar} is {@code abu bakar}), so that the
   * joined and the separate spellings give the same parts whatever the word order.
   */
  private static void split(String word, TransliterationRules families, List<String> parts) {
    if (ABDULLAH_SPELLINGS.matcher(word).matches()) {
      parts.add(ABDULLAH);
      return;
    }
    for (String connector : GLUED_CONNECTORS) {
      if (word.length() >= connector.length() + 4 && word.startsWith(connector)) {
        String rest = withoutGluedArticle(word.substring(connector.length()));
        String family = families.canonical(rest);
        parts.add(family == null ? rest : family);
        return;
      }
    }
    for (String prefix : GLUED_PREFIXES) {
      if (word.length() >= prefix.length() + 3 && word.startsWith(prefix)) {
        String rest = withoutGluedArticle(word.substring(prefix.length()));
        String family = families.canonical(rest);
        parts.add(prefix.startsWith("abd") ? "abd" : "abu");
        parts.add(family == null ? rest : family);
        return;
      }
    }
    parts.add(word);
  }

  /**
   * {@code alalbani} is {@code albani} is {@code bani}, as {@code al-Albani} is. A double l
   * ({@code allah}, {@code allawi}) is the name's own, not the article's.
   */
  private static String withoutGluedArticle(String word) {
    String rest = word;
    while (rest.length() >= GLUED_ARTICLE_MIN && rest.startsWith("al") && rest.charAt(2) != 'l') {
      rest = rest.substring(2);
    }
    return rest;
  }

  /** Loaded on the first name outside ASCII: building the transliterator takes most of a second. */
  private static final class Script {
    static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  }

}
