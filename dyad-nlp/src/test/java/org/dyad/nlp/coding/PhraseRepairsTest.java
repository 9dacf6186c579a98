package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.nlp.coding.TinyDictionary.block;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.event.CameoOntology;
import org.junit.jupiter.api.Test;

/**
 * {@link PhraseRepairs} on hand-built misparses, and where a coded verb's place gives way to the
 * victims its participle names ({@link SubordinateClauses}): the events show which phrase the
 * coder took for the target.
 */
class PhraseRepairsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  private final DependencyEventCoder coder = new DependencyEventCoder(TinyDictionary.of(block("CRITICISE", "111", 1),
      block("DEMONSTRATE", "141", 2), block("EXPLODE", "183", 3), block("KILL", "190", 4), block("HOLD", "040", 5),
      block("WITHDRAW", "0874", 6), block("MASSACRE", "202", 7)),
      CameoOntology.cameo());

  private List<String> code(String tokens, String... mentions) {
    return TinyParse.triples(TinyParse.events(coder, tokens, DAY, mentions));
  }

  @Test
  void aCountedStretchOfTimeReadAsAnObjectIsWhenNotWhom() {
    // "Iran criticised Iraq two decades after the US invasion", with "decades" read as the object
    String misparsed = "Iran/NNP/2/nsubj criticised:criticise/VBD/0/root Iraq/NNP/2/obl two/CD/5/nummod"
        + " decades:decade/NNS/2/obj after/IN/9/case the/DT/9/det US/NNP/9/compound invasion/NN/5/nmod";
    assertThat(code(misparsed, "Iran=IRN", "Iraq=IRQ", "US=USA")).containsExactly("IRN>IRQ:111");
    // a stretch "of" something measures the object, which stays: "held two weeks of talks with Iraq"
    String measured = "Iran/NNP/2/nsubj held:hold/VBD/0/root two/CD/4/nummod weeks:week/NNS/2/obj of/IN/6/case"
        + " talks:talk/NNS/4/nmod with/IN/8/case Iraq/NNP/6/nmod";
    assertThat(code(measured, "Iran=IRN", "Iraq=IRQ")).containsExactly("IRN>IRQ:040");
  }

  @Test
  void aPrepositionReadAsAClausesMarkerGovernsTheNounAfterIt() {
    // "Kenyans demonstrated against Kibaki's decision to dissolve parliament", with "against" read as the
    // marker of "dissolve" and "decision" as its subject
    String misparsed = "Kenyans/NNPS/2/nsubj demonstrated:demonstrate/VBD/0/root against/IN/8/mark Kibaki/NNP/6/nmod:poss"
        + " 's/POS/4/case decision/NN/8/nsubj to/TO/8/mark dissolve/VB/2/advcl parliament/NN/8/obj";
    assertThat(code(misparsed, "Kenyans=KENCVL", "Kibaki=KENGOV", "parliament=KENLEG")).containsExactly("KENCVL>KENGOV:141");
    // "after" may open a clause: left as the parser read it
    String clause = misparsed.replace("against/IN", "after/IN");
    assertThat(code(clause, "Kenyans=KENCVL", "Kibaki=KENGOV", "parliament=KENLEG")).doesNotContain("KENCVL>KENGOV:141");
  }

  @Test
  void aNounHungOnAPrepositionReadAsAnAdverbIsTheVerbsPhrase() {
    // "Russia withdrew its troops from positions inside Georgia", with "from" read as an adverb
    String misparsed = "Russia/NNP/2/nsubj withdrew:withdraw/VBD/0/root troops:troop/NNS/2/obj from/IN/2/advmod"
        + " positions:position/NNS/4/dep inside/IN/7/case Georgia/NNP/5/nmod";
    assertThat(code(misparsed, "Russia=RUS", "Georgia=GEO")).containsExactly("RUS>GEO:0874");
  }

  @Test
  void victimsAParticipleNamesAreTheTargetOfAnActCodedOnlyWithItsPlace() {
    // "Agents' bomb exploded in Rangoon, killing South Korean ministers"
    String killing = "agents:agent/NNS/2/nsubj exploded:explode/VBD/0/root in/IN/4/case Rangoon/NNP/2/obl ,/,/6/punct"
        + " killing:kill/VBG/2/advcl ministers:minister/NNS/6/obj";
    assertThat(code(killing, "agents=PRKSPY", "Rangoon=MMR", "ministers=KORGOV")).containsExactly("PRKSPY>KORGOV:190");
    // with no victim named, the place stays
    assertThat(code(killing, "agents=PRKSPY", "Rangoon=MMR")).containsExactly("PRKSPY>MMR:183");
    // the place's own people are no other victim: the verb tells the act ("…in Rangoon, killing residents")
    assertThat(code(killing, "agents=PRKSPY", "Rangoon=MMR", "ministers=MMRCVL")).containsExactly("PRKSPY>MMR:183");
  }

  @Test
  void theNounOfAFreeRelativeReadAsTheObjectOfTheClauseAfterItIsTheVerbsObject() throws Exception {
    // "Saudi Arabia gave the Bosnian government whatever assistance it needed", with "assistance" read as the
    // object of "needed" and that clause as the complement of "gave"
    String verbs = """
        --- GIVE [---] ---
        GIVE {GAVE}
        - * ASSISTANCE          [070]
        """;
    DependencyEventCoder giving = new DependencyEventCoder(
        org.dyad.nlp.verbs.PetrarchVerbReader.read("give.verbs", new java.io.StringReader(verbs)).dictionary(),
        CameoOntology.cameo());
    String misparsed = "Saudi/NNP/2/compound Arabia/NNP/3/nsubj gave:give/VBD/0/root the/DT/6/det Bosnian/JJ/6/amod"
        + " government/NN/3/iobj whatever/WDT/8/det assistance/NN/10/obj it/PRP/10/nsubj needed:need/VBD/3/ccomp";
    assertThat(TinyParse.triples(TinyParse.events(giving, misparsed, DAY, "Saudi Arabia=SAU", "Bosnian government=BIHGOV")))
        .containsExactly("SAU>BIHGOV:070");
    // a noun with another determiner is the clause's own object, as the parser read it
    assertThat(TinyParse.events(giving, misparsed.replace("whatever/WDT", "the/DT"), DAY, "Saudi Arabia=SAU",
        "Bosnian government=BIHGOV")).isEmpty();
  }

  @Test
  void theNounARelativeClauseDescribesHungOnThatClauseIsTheVerbsObject() {
    // "Militiamen massacred hundreds of civilians who had sought refuge", with the relative clause read as the
    // complement of "massacred" and "hundreds" hung on it
    String misparsed = "militiamen:militiaman/NNS/2/nsubj massacred:massacre/VBD/0/root hundreds:hundred/NNS/8/dep"
        + " of/IN/5/case civilians:civilian/NNS/3/nmod who/WP/8/nsubj had:have/VBD/8/aux sought:seek/VBN/2/ccomp"
        + " refuge/NN/8/obj";
    assertThat(code(misparsed, "militiamen=RWAUAF", "civilians=RWACVL")).containsExactly("RWAUAF>RWACVL:202");
    // a clause with a subject of its own stays the verb's complement
    assertThat(code(misparsed.replace("who/WP", "they/PRP"), "militiamen=RWAUAF", "civilians=RWACVL")).isEmpty();
  }

  @Test
  void anArticleReadAsTheHeadOfItsPhraseGivesWayToThePhrasesLastNoun() throws Exception {
    // "Georgian forces launched a massive artillery and rocket assault on Tskhinvali", with the article read as
    // the object and the rest of the phrase hung on it
    String misparsed = "Georgian/JJ/2/amod forces:force/NNS/3/nsubj launched:launch/VBD/0/root a/DT/3/obj"
        + " massive/JJ/4/amod artillery/NN/5/dep and/CC/9/cc rocket/NN/9/compound assault/NN/6/conj on/IN/11/case"
        + " Tskhinvali/NNP/6/nmod";
    String verbs = """
        --- LAUNCH [---] ---
        LAUNCH
        - * ASSAULT (ON +)          [190]
        """;
    DependencyEventCoder launching = new DependencyEventCoder(
        org.dyad.nlp.verbs.PetrarchVerbReader.read("launch.verbs", new java.io.StringReader(verbs)).dictionary(),
        CameoOntology.cameo());
    assertThat(TinyParse.triples(launching, misparsed, DAY, "Georgian forces=GEOMIL", "Tskhinvali=GEO"))
        .containsExactly("GEOMIL>GEO:190");
  }
}
