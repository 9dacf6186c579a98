package org.dyad.nlp.verbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.nlp.SharedData;
import org.dyad.nlp.dictionary.DictionaryWarning;
import org.dyad.nlp.dictionary.ReadResult;
import org.dyad.nlp.verbs.PatternElement.PrepositionalPhrase;
import org.dyad.nlp.verbs.PatternElement.SynsetRef;
import org.dyad.nlp.verbs.PatternElement.Word;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verb reader against the published PETRARCH-2 verb dictionaries in the shared data folder.
 *
 * <p>Expected counts were made with shell tools (sed, grep, awk), independently of the reader, on
 * the lines left after dropping everything from the first {@code #}: block headers are the lines starting {@code ---}, patterns the
 * other lines starting {@code -} (plus, in the validation file, its one line starting {@code *}),
 * synsets the lines starting {@code &}, members the {@code +} lines above the {@code ####### VERB
 * PATTERNS} line, verbs the remaining {@code +} lines and the lines starting with a letter, and
 * transformations the lines starting {@code ~}. Where the reader rejects lines, the expected number
 * is the shell count minus the lines listed beside it.
 */
class PetrarchVerbDictionariesTest {

  private static ReadResult<VerbDictionary> cameo;
  private static ReadResult<VerbDictionary> validation;
  private static ReadResult<VerbDictionary> tabariValidation;

  @BeforeAll
  static void readTheDictionaries() throws IOException {
    Path eventCoding = SharedData.eventCoding();
    if (!Files.isDirectory(eventCoding)) {
      return; // each test reports the skip, see below
    }
    cameo = PetrarchVerbReader.read(eventCoding.resolve("CAMEO.2.0.txt"));
    validation = PetrarchVerbReader.read(eventCoding.resolve("PETR_Validate_verbs_2_02.txt"));
    tabariValidation = PetrarchVerbReader.read(eventCoding.resolve("PETR.Validate.verbs.txt"));
  }

  // Assumed per test so that the report lists each test as skipped, with the helper's message.
  @BeforeEach
  void requireTheSharedData() {
    SharedData.requireEventCoding();
  }

  private static int patterns(VerbDictionary dictionary) {
    return dictionary.blocks().stream().mapToInt(b -> b.patterns().size()).sum();
  }

  private static int verbs(VerbDictionary dictionary) {
    return dictionary.blocks().stream().mapToInt(b -> b.verbs().size()).sum();
  }

  private static int members(VerbDictionary dictionary) {
    return dictionary.synsets().values().stream().mapToInt(List::size).sum();
  }

  private static List<Integer> warningLines(ReadResult<?> result) {
    result.warnings().forEach(w -> System.out.println("  " + w));
    return result.warnings().stream().map(DictionaryWarning::lineNumber).toList();
  }

  private static VerbBlock block(VerbDictionary dictionary, String name) {
    return dictionary.blocks().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
  }

  private static VerbEntry verbOnLine(VerbDictionary dictionary, String base, int line) {
    return dictionary.blocksOf(base).stream()
        .flatMap(b -> b.verbs().stream())
        .filter(v -> v.line() == line)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void cameoCounts() {
    VerbDictionary dictionary = cameo.dictionary();
    assertThat(dictionary.blocks()).hasSize(397);
    // 4,668 lines start with '-' (not '---'). Lines 2374 and 7606 have a ')' too many
    // ("(WITH VISIT) VISIT)[042:043]", "(ON ^) ^)[111]") and are skipped; line 1735's
    // "- *SCEPTICAL" is read as "- * SCEPTICAL", as PETRARCH-2 reads it.
    assertThat(patterns(dictionary)).isEqualTo(4_668 - 2);
    assertThat(dictionary.synsets()).hasSize(40);
    assertThat(members(dictionary)).isEqualTo(558);
    // 1,688 lines starting with a letter and 129 '+' lines below the synsets.
    assertThat(verbs(dictionary)).isEqualTo(1_688 + 129);
    assertThat(dictionary.transformations()).hasSize(8);
  }

  @Test
  void cameoWarnsOnlyAboutRealFaultsOfTheFile() {
    // 2194: +WIRE_TAP's forms inflect TAP, not the '+' verb WIRE; 2374, 7606: unbalanced ')';
    // 2406, 3887, 8443, 8444: &FIGHT_CRIM, &FIGHT_GAMES, &WEATHER, &DEMONSTRATION are never
    // defined; 3335, 8464: TABARI ';' comments after the forms.
    assertThat(cameo.warnings()).hasSizeLessThanOrEqualTo(12);
    assertThat(warningLines(cameo)).containsExactly(2194, 2374, 2406, 3335, 3887, 7606, 8443, 8444, 8464);
  }

  @Test
  void cameoAgreeBlock() {
    VerbBlock agree = block(cameo.dictionary(), "AGREE");
    assertThat(agree.line()).isEqualTo(5607);
    assertThat(agree.codes()).isEqualTo(EventCodes.of("050"));
    assertThat(agree.verbs()).extracting(VerbEntry::base).containsExactly("AGREE");
    assertThat(agree.patterns()).hasSize(16);
    VerbPattern first = agree.patterns().getFirst();
    assertThat(first.before()).isEmpty();
    assertThat(first.after()).containsExactly(new PrepositionalPhrase("ON", List.of(new Word("IMPORTANCE", false))));
    assertThat(first.codes()).isEqualTo(EventCodes.of("019"));
    assertThat(agree.patterns())
        .filteredOn(p -> p.line() == 5616)
        .singleElement()
        .satisfies(p -> assertThat(p.after()).containsExactly(new Word("ON", false), new SynsetRef("SOLUTION")));
    assertThat(agree.patterns())
        .filteredOn(p -> p.text().equals("* (TO INSPECTION)"))
        .singleElement()
        .satisfies(p -> assertThat(p.codes()).isEqualTo(new EventCodes("0862", "090")));
    assertThat(agree.patterns().getLast().text()).isEqualTo("* (TO SANCTIONS)");
    assertThat(agree.patterns().getLast().codes()).isEqualTo(EventCodes.of("163"));
  }

  @Test
  void cameoVerbEntries() {
    VerbDictionary dictionary = cameo.dictionary();
    VerbEntry ask = verbOnLine(dictionary, "ASK", 914);
    assertThat(ask.codes()).isEqualTo(EventCodes.of("020"));
    assertThat(ask.particles()).isEmpty();
    assertThat(block(dictionary, "ASK").codes()).isEqualTo(EventCodes.NONE);
    assertThat(verbOnLine(dictionary, "BREAK", 8559).forms())
        .containsExactlyInAnyOrder("BREAKS", "BREAKING", "BROKEN", "BROKE");
    VerbEntry callOff = verbOnLine(dictionary, "CALL", 1116);
    assertThat(callOff.particles()).containsExactly("OFF");
    assertThat(callOff.codes()).isEqualTo(EventCodes.of("160"));
    assertThat(dictionary.blocksOf("CALL")).contains(block(dictionary, "CANCEL"));
  }

  @Test
  void cameoSynsetsAndCodes() {
    VerbDictionary dictionary = cameo.dictionary();
    List<List<PatternElement>> currency = dictionary.synset("CURRENCY");
    assertThat(currency).hasSize(90);
    assertThat(currency.getFirst()).containsExactly(new Word("MONEY", false));
    assertThat(currency).contains(List.of(new Word("CASH", true)), List.of(new Word("PA'ANGA", false)));
    assertThat(currency.getLast()).containsExactly(new Word("ZLOTY", false));
    assertThat(dictionary.synset("MILITARY")).contains(List.of(new Word("ARMED FORCES", false)));
    assertThat(dictionary.synset("AUXVERB2")).contains(List.of(new Word("IS TO", true)));
    // grep -c '\[:' finds 98 reverse-only codes: 97 on pattern lines, one on block OFFEND.
    long reverseOnly = dictionary.blocks().stream()
        .flatMap(b -> b.patterns().stream())
        .filter(p -> p.codes().forward() == null && p.codes().reverse() != null)
        .count();
    assertThat(reverseOnly).isEqualTo(97);
    assertThat(block(dictionary, "OFFEND").codes()).isEqualTo(new EventCodes(null, "110"));
    assertThat(dictionary.transformations().getFirst())
        .isEqualTo(new Transformation("a", "a", "b", "ATTACK", "SAY", "a", "b", "015", 9178));
    assertThat(dictionary.transformations()).extracting(Transformation::line).doesNotContain(9182);
  }

  @Test
  void validationCounts() {
    VerbDictionary dictionary = validation.dictionary();
    assertThat(dictionary.blocks()).hasSize(69);
    // 358 lines starting with '-' and line 463's "* (TO QUESTION) [110]".
    assertThat(patterns(dictionary)).isEqualTo(358 + 1);
    // 31 headers, &PREPOSIT1_ twice (lines 42 and 117).
    assertThat(dictionary.synsets()).hasSize(31 - 1);
    assertThat(members(dictionary)).isEqualTo(213);
    assertThat(verbs(dictionary)).isEqualTo(120 + 7);
    assertThat(dictionary.transformations()).isEmpty();
    // 117: &PREPOSIT1_ again; 390, 400, 402, 425, 808: &DEFENSE, &PKO, &REFUGEE, &SECURITY are
    // used but not defined in this file; 463: the pattern without its '-'.
    assertThat(warningLines(validation)).containsExactly(117, 390, 400, 402, 425, 463, 808);
  }

  @Test
  void validationEntries() {
    VerbDictionary dictionary = validation.dictionary();
    assertThat(dictionary.synset("ACCORDSYN"))
        .containsExactly(
            List.of(new SynsetRef("TIETYPES")),
            List.of(new Word("CLOSER", false)),
            List.of(new Word("NEARER", false)),
            List.of(new SynsetRef("CURRENCY")));
    assertThat(dictionary.synset("TESTSYN3").getFirst())
        .containsExactly(new PrepositionalPhrase("TO", List.of(new Word("THE", false), new Word("END", false))));
    assertThat(dictionary.blocks().stream().flatMap(b -> b.patterns().stream()))
        .filteredOn(p -> p.line() == 415)
        .singleElement()
        .satisfies(p -> {
          assertThat(p.codes()).isEqualTo(new EventCodes("0579", "0579"));
          assertThat(p.after()).containsExactly(new SynsetRef("TREATY"));
        });
    assertThat(block(dictionary, "AGREE").patterns())
        .filteredOn(p -> p.line() == 353)
        .singleElement()
        .satisfies(p -> {
          assertThat(p.text()).isEqualTo("* (TO SANCTIONS)");
          assertThat(p.codes()).isEqualTo(EventCodes.of("163"));
        });
    assertThat(block(dictionary, "BEGIN").patterns()).extracting(VerbPattern::text).containsExactly("* (TO QUESTION)");
    VerbEntry tap = block(dictionary, "CONFISCATE").verbs().get(1);
    assertThat(tap.base()).isEqualTo("TAP");
    assertThat(tap.preceding()).containsExactly("WIRE");
    assertThat(dictionary.blocks()).filteredOn(b -> b.name().equals("ALLOW")).hasSize(2);
  }

  @Test
  void theTabariEraValidationFileIsReadWithWarningsForItsOldSyntax() {
    VerbDictionary dictionary = tabariValidation.dictionary();
    assertThat(dictionary.blocks()).hasSize(261);
    assertThat(patterns(dictionary)).isEqualTo(474);
    assertThat(dictionary.synsets()).hasSize(17);
    // Synsets glued to words (&TIETYPES_RUMORS), two "LASH OUT"-style verbs and their blocks,
    // and a header with two codes.
    assertThat(tabariValidation.warnings()).hasSizeLessThanOrEqualTo(20);
    warningLines(tabariValidation);
    VerbEntry rst = block(dictionary, "ABANDON").verbs().get(2);
    assertThat(rst.preceding()).containsExactly("KLM", "NOP");
    assertThat(rst.base()).isEqualTo("RST");
    assertThat(rst.codes()).isEqualTo(EventCodes.of("002"));
  }
}
