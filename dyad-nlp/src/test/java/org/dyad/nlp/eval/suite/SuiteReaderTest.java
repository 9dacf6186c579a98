package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dyad.core.nlp.Word;
import org.dyad.nlp.eval.RecordWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteReaderTest {

  private static final Path FILE = Path.of("suites", "tiny.xml");

  private static final String ENVIRONMENT = """
      <Environment>
          <Verbfile>verbs.txt</Verbfile>
          <Actorfile>a.actors.txt, b.actors.txt</Actorfile>
          <Agentfile>agents.txt</Agentfile>
          <Include>valid DEMO ERROR</Include>
      </Environment>
      """;

  private static final String CONLLU = "<Parse>\n"
      + "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      + "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      + "3\tGondor\tGondor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
      + "</Parse>\n";

  private static String record(String sentenceTag, String codings) {
    return sentenceTag + "\n" + codings + "\n<Text>\n  Arnor met\n   Gondor \n</Text>\n" + CONLLU + "</Sentence>\n";
  }

  private static final String DEMO = record("<Sentence category=\"DEMO\" date=\"19950101\" id=\"DEMO-01\" evaluate=\"true\">",
      "<EventCoding eventcode=\"040\" sourcecode=\"ARN\" targetcode=\"GON\" />");

  private static ValidationSuite read(String xml) {
    return new SuiteReader().read(xml.getBytes(StandardCharsets.UTF_8), FILE);
  }

  private static String suite(String... records) {
    return "<Validation>\n" + ENVIRONMENT + "<Sentences>\n" + String.join("", records) + "</Sentences>\n</Validation>\n";
  }

  @Test
  void readsARecordWithItsTextEventsAndParse() {
    ValidationSuite suite = read(suite(DEMO));
    assertThat(suite.name()).isEqualTo("tiny");
    assertThat(suite.warnings()).isEmpty();
    SuiteRecord demo = suite.records().getFirst();
    assertThat(demo.id()).isEqualTo("DEMO-01");
    assertThat(demo.category()).isEqualTo("DEMO");
    assertThat(demo.date()).isEqualTo(LocalDate.of(1995, 1, 1));
    assertThat(demo.text()).isEqualTo("Arnor met Gondor");
    assertThat(demo.expected()).containsExactly(new CodedTriple("ARN", "GON", "040"));
    assertThat(demo.noEvents()).isFalse();
    assertThat(demo.error()).isFalse();
    assertThat(demo.parse().sentence()).isEqualTo(demo.sentence());
    assertThat(demo.parse().words()).extracting(Word::form, Word::start, Word::end)
        .containsExactly(tuple("Arnor", 0, 5), tuple("met", 6, 9), tuple("Gondor", 10, 16));
    assertThat(demo.line()).isEqualTo(9);
  }

  @Test
  void resolvesTheEnvironmentBesideTheSuiteAndDropsTheValidKeyword() {
    SuiteEnvironment environment = read(suite(DEMO)).environment();
    assertThat(environment.verbFile()).isEqualTo(Path.of("suites", "verbs.txt"));
    assertThat(environment.actorFiles()).containsExactly(Path.of("suites", "a.actors.txt"), Path.of("suites", "b.actors.txt"));
    assertThat(environment.agentFile()).isEqualTo(Path.of("suites", "agents.txt"));
    assertThat(environment.discardFile()).isNull();
    assertThat(environment.picoFile()).isNull();
    assertThat(environment.includedCategories()).containsExactly("DEMO", "ERROR");
  }

  @Test
  void withoutAnEnvironmentEveryCategoryCountsAndAWarningSaysSo() {
    ValidationSuite suite = read("<Validation>\n" + DEMO + "</Validation>");
    assertThat(suite.environment()).isEqualTo(SuiteEnvironment.NONE);
    assertThat(suite.counted()).hasSize(1);
    assertThat(suite.warnings()).singleElement().extracting(RecordWarning::message).asString()
        .contains("no <Environment>");
  }

  @Test
  void aDoubleHyphenInsideACommentLosesNothing() {
    String header = "<!--\n# Use <Sentence ... evaluate=\"false\"> and explain in <!-- ... --> why\n"
        + "# <PLEvent... lines are ignored -- really\n-->\n";
    ValidationSuite suite = read("<Validation>\n" + header + ENVIRONMENT + DEMO + "</Validation>");
    assertThat(suite.records()).extracting(SuiteRecord::id).containsExactly("DEMO-01");
    assertThat(suite.warnings()).isEmpty();
    assertThat(suite.records().getFirst().line()).isEqualTo(12);
  }

  @Test
  void aSelfClosingSentenceFollowedByItsContentIsReadAsAStartTag() {
    String gsr = record("<Sentence category=\"DEMO\" date=\"20080804\" id=\"AFP-1\" evaluate=\"true\"/>",
        "<EventCoding eventcode=\"042\" sourcecode=\"USA\" targetcode=\"CHN\" />");
    String second = gsr.replace("AFP-1", "AFP-2");
    ValidationSuite suite = read(suite(gsr, second));
    assertThat(suite.records()).extracting(SuiteRecord::id).containsExactly("AFP-1", "AFP-2");
    assertThat(suite.records()).allSatisfy(record -> assertThat(record.parse()).isNotNull());
    assertThat(suite.warnings()).singleElement().extracting(RecordWarning::message).asString()
        .startsWith("2 <Sentence .../> tag(s)");
  }

  @Test
  void plEventLinesAreIgnored() {
    String withPlover = DEMO.replace("<Text>",
        "<PLEvent {\"event\": \"040\", \"source\": [{\"code\": \"ARN\"}], \"target\": [{\"code\": \"GON\"}]}>\n<Text>");
    ValidationSuite suite = read(suite(withPlover));
    assertThat(suite.warnings()).isEmpty();
    assertThat(suite.records().getFirst().expected()).containsExactly(new CodedTriple("ARN", "GON", "040"));
    assertThat(suite.records().getFirst().text()).isEqualTo("Arnor met Gondor");
  }

  @Test
  void anExternalEntityIsNeverResolved(@TempDir Path folder) throws IOException {
    Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Validation [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
        + suite(DEMO.replace("Arnor met\n", "Arnor &xxe; met &amp; &#x41;\n"));
    SuiteRecord demo = read(xml).records().getFirst();
    assertThat(demo.text()).isEqualTo("Arnor &xxe; met & A Gondor").doesNotContain("TOP-SECRET");
  }

  @Test
  void aTruncatedFileKeepsTheRecordsBeforeTheCut() {
    String whole = suite(DEMO, DEMO.replace("DEMO-01", "DEMO-02"));
    String cutInParse = whole.substring(0, whole.lastIndexOf("2\tmet"));
    ValidationSuite suite = read(cutInParse);
    assertThat(suite.records()).extracting(SuiteRecord::id).containsExactly("DEMO-01", "DEMO-02");
    assertThat(suite.records().get(1).parse()).isNull();
    assertThat(suite.warnings()).extracting(RecordWarning::id, RecordWarning::message).containsExactly(
        tuple("DEMO-02", "its <Parse> at line 27 is never closed; its parse is null"),
        tuple("DEMO-02", "the file ends before its </Sentence>"));

    String cutInText = whole.substring(0, whole.lastIndexOf("Gondor \n</Text>"));
    assertThat(read(cutInText).records()).extracting(SuiteRecord::id).containsExactly("DEMO-01");
  }

  @Test
  void invalidUtf8BecomesReplacementCharactersWithOneWarning() {
    byte[] bytes = suite(DEMO).replace("Arnor met", "Arnor m?t").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = bytes[i] == '?' ? (byte) 0xE9 : bytes[i];
    }
    ValidationSuite suite = new SuiteReader().read(bytes, FILE);
    assertThat(suite.records().getFirst().text()).isEqualTo("Arnor m\uFFFDt Gondor");
    assertThat(suite.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.record()).isEqualTo(12);
      assertThat(warning.message()).startsWith("1 byte sequence(s) that are not UTF-8");
    });
  }

  @Test
  void aMissingParseKeepsTheRecordWithANullParse() {
    SuiteRecord demo = read(suite(DEMO.replace(CONLLU, ""))).records().getFirst();
    assertThat(demo.parse()).isNull();
    assertThat(read(suite(DEMO.replace(CONLLU, ""))).warnings()).extracting(RecordWarning::message)
        .containsExactly("has no <Parse>; its parse is null");
  }

  @Test
  void anUnreadableParseKeepsTheRecordWithANullParse() {
    ValidationSuite suite = read(suite(DEMO.replace("\t0\troot", "\t9\troot")));
    assertThat(suite.records().getFirst().parse()).isNull();
    assertThat(suite.warnings()).singleElement().extracting(RecordWarning::message).asString()
        .startsWith("parse unreadable, so null: CoNLL-U of sentence 0 of DEMO-01");
  }

  @Test
  void readsEveryEventCodingForm() {
    String quoted = record("<Sentence date = \"19950101\" id =\"ACTOR-01\" category=\"DEMO\" sentence=\"true\">",
        "<EventCoding sourcecode='\"INJURY TOLL\"' targetcode=\"&quot;OSG&quot;\" eventcode=\"223\"></EventCoding>\n"
            + "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"223\"></EventCoding>\n"
            + "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"223\"></EventCoding>");
    String none = record("<Sentence date=\"19950101\" id=\"VERB-20\" category=\"DEMO\">",
        "<EventCoding noevents=\"True\"> </EventCoding>");
    String error = record("<Sentence date=\"19950101\" id=\"ERROR-01\" category=\"ERROR\">",
        "<EventCoding error=\"sentencediscard\" />");
    List<SuiteRecord> records = read(suite(quoted, none, error)).records();
    assertThat(records.get(0).expected()).containsExactly(new CodedTriple("\"INJURY TOLL\"", "\"OSG\"", "223"),
        new CodedTriple("ARN", "GON", "223"), new CodedTriple("ARN", "GON", "223"));
    assertThat(records.get(1)).extracting(SuiteRecord::noEvents, SuiteRecord::error, SuiteRecord::expected)
        .containsExactly(true, false, List.of());
    assertThat(records.get(2)).extracting(SuiteRecord::noEvents, SuiteRecord::error, SuiteRecord::expected)
        .containsExactly(false, true, List.of());
  }

  @Test
  void skipsRecordsWithMalformedCodingsAndKeepsTheOthers() {
    String missingTarget = DEMO.replace("targetcode=\"GON\" ", "").replace("DEMO-01", "BAD-1");
    String mixed = DEMO.replace("/>", "/>\n<EventCoding noevents=\"True\" />").replace("DEMO-01", "BAD-2");
    String noCoding = DEMO.replace("<EventCoding eventcode=\"040\" sourcecode=\"ARN\" targetcode=\"GON\" />", "")
        .replace("DEMO-01", "NONE-1");
    ValidationSuite suite = read(suite(missingTarget, mixed, DEMO, noCoding));
    assertThat(suite.records()).extracting(SuiteRecord::id).containsExactly("DEMO-01", "NONE-1");
    assertThat(suite.records().get(1).expected()).isEmpty();
    assertThat(suite.warnings()).extracting(RecordWarning::id).containsExactly("BAD-1", "BAD-2", "NONE-1");
    assertThat(suite.warnings().get(0).message()).contains("neither noevents, error nor all of");
    assertThat(suite.warnings().get(1).message()).isEqualTo("mixes noevents with expected events; skipped");
    assertThat(suite.warnings().get(2).message()).startsWith("has no <EventCoding>; read as expecting no events");
  }

  @Test
  void evaluateFallsBackToValidThenSentenceThenTrue() {
    String[] tags = {"evaluate=\"false\" sentence=\"true\"", "valid=\"FALSE\"", "sentence=\"false\"", "", "evaluate=\"maybe\""};
    String[] records = new String[tags.length];
    for (int i = 0; i < tags.length; i++) {
      records[i] = DEMO.replace("evaluate=\"true\"", tags[i]).replace("DEMO-01", "R" + i);
    }
    ValidationSuite suite = read(suite(records));
    assertThat(suite.records()).extracting(SuiteRecord::evaluate).containsExactly(false, false, false, true, false);
    assertThat(suite.counted()).extracting(SuiteRecord::id).containsExactly("R3");
    assertThat(suite.warnings()).singleElement().extracting(RecordWarning::message)
        .isEqualTo("evaluate=\"maybe\" is neither true nor false; not evaluated");
  }

  @Test
  void readsBothDateFormsAndSkipsRecordsWithoutADay() {
    ValidationSuite suite = read(suite(DEMO.replace("19950101", "121108"), DEMO.replace("19950101", "19950230"),
        DEMO.replace(" date=\"19950101\"", "")));
    assertThat(suite.records()).extracting(SuiteRecord::date).containsExactly(LocalDate.of(2012, 11, 8));
    assertThat(suite.warnings()).extracting(RecordWarning::message)
        .containsExactly("date '19950230' is not a calendar day; skipped", "has no date; skipped");
  }

  @Test
  void keepsRecordsSharingAnIdAndSaysSo() {
    ValidationSuite suite = read(suite(DEMO, DEMO));
    assertThat(suite.records()).extracting(SuiteRecord::line).containsExactly(9, 21);
    assertThat(suite.warnings()).singleElement().extracting(RecordWarning::record, RecordWarning::message)
        .containsExactly(21, "the record at line 9 has the same id; both were kept");
  }

  @Test
  void configSettingsApplyToTheRecordsAfterThem() {
    ValidationSuite suite = read(suite(DEMO, "<Config option=\"require_dyad\" value=\"false\" />\n",
        DEMO.replace("DEMO-01", "DEMO-02"), "<Config option=\"require_dyad\" value=\"true\"></Config>\n",
        DEMO.replace("DEMO-01", "DEMO-03")));
    assertThat(suite.records()).extracting(SuiteRecord::options)
        .containsExactly(Map.of(), Map.of("require_dyad", "false"), Map.of("require_dyad", "true"));
  }

  @Test
  void aBracketedParseGoesThroughTheTreebankConverter() {
    String tree = "<Parse>\n(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor)))))\n</Parse>\n";
    SuiteRecord demo = read(suite(DEMO.replace(CONLLU, tree))).records().getFirst();
    assertThat(demo.parse().words()).extracting(Word::form, Word::relation, Word::start)
        .containsExactly(tuple("Arnor", "nsubj", 0), tuple("met", "root", 6), tuple("Gondor", "obj", 10));
  }

  @Test
  void neverThrowsWhateverTheBytes() {
    String tree = "<Parse>\n(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))) (. .)))\n</Parse>\n";
    neverThrows(suite(DEMO, DEMO.replace("DEMO-01", "DEMO-02")).getBytes(StandardCharsets.UTF_8), 20240601);
    neverThrows(suite(DEMO.replace(CONLLU, tree), DEMO).getBytes(StandardCharsets.UTF_8), 20240602);
  }

  private static void neverThrows(byte[] original, long seed) {
    byte[] alphabet = "<>/=\"'&;!-?#\n\t (){}[]SentenceTextParse0129\u00e9".getBytes(StandardCharsets.UTF_8);
    Random random = new Random(seed);
    SuiteReader reader = new SuiteReader();
    for (int round = 0; round < 300; round++) {
      byte[] mutated = original.clone();
      for (int edit = 0; edit < 1 + random.nextInt(12); edit++) {
        mutated[random.nextInt(mutated.length)] = random.nextInt(5) == 0
            ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
      }
      int length = random.nextInt(4) == 0 ? random.nextInt(mutated.length) : mutated.length;
      byte[] input = Arrays.copyOf(mutated, length);
      assertThatCode(() -> reader.read(input, FILE)).doesNotThrowAnyException();
    }
  }
}
