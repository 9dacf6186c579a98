package org.dyad.nlp.verbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dyad.nlp.dictionary.MalformedLineException;
import org.junit.jupiter.api.Test;

class VerbEntryParserTest {

  private static VerbEntry entry(String content) throws MalformedLineException {
    List<String> notes = new ArrayList<>();
    VerbEntry entry = VerbEntryParser.entry(content, 3, notes);
    assertThat(notes).isEmpty();
    return entry;
  }

  @Test
  void readsAPlainVerb() throws Exception {
    VerbEntry allow = entry("ALLOW");
    assertThat(allow.base()).isEqualTo("ALLOW");
    assertThat(allow.preceding()).isEmpty();
    assertThat(allow.particles()).isEmpty();
    assertThat(allow.forms()).isEmpty();
    assertThat(allow.codes()).isNull();
    assertThat(allow.line()).isEqualTo(3);
  }

  @Test
  void readsIrregularFormsAndTheVerbsOwnCode() throws Exception {
    assertThat(entry("PERMIT {PERMITS PERMITTED PERMITTING }").forms())
        .containsExactlyInAnyOrder("PERMITS", "PERMITTED", "PERMITTING");
    assertThat(entry("BREAK { BROKE BROKEN  }").forms()).containsExactlyInAnyOrder("BROKE", "BROKEN");
    VerbEntry defy = entry("DEFY {DEFYING DEFIED DEFIES } [120]");
    assertThat(defy.forms()).hasSize(3);
    assertThat(defy.codes()).isEqualTo(EventCodes.of("120"));
    assertThat(entry("ASK     [020]").codes()).isEqualTo(EventCodes.of("020"));
    assertThat(entry("REPORT [---]").codes()).isEqualTo(EventCodes.NONE);
    assertThat(entry("WIN\t[010]").codes()).isEqualTo(EventCodes.of("010"));
    assertThat(entry("re-admit").base()).isEqualTo("RE-ADMIT");
  }

  @Test
  void readsMultiWordVerbsAroundTheirPlusMarkedWord() throws Exception {
    VerbEntry goBy = entry("+GO_BY {+WENT_BY +GOES_BY +GONE_BY }");
    assertThat(goBy.base()).isEqualTo("GO");
    assertThat(goBy.particles()).containsExactly("BY");
    assertThat(goBy.forms()).containsExactlyInAnyOrder("WENT", "GOES", "GONE");
    VerbEntry askFor = entry("+ASK_FOR {+ASKS_FOR +ASKED_FOR} [020]");
    assertThat(askFor.particles()).containsExactly("FOR");
    assertThat(askFor.codes()).isEqualTo(EventCodes.of("020"));
    VerbEntry angered = entry("+ANGERED_BY {}");
    assertThat(angered.base()).isEqualTo("ANGERED");
    assertThat(angered.forms()).isEmpty();
    VerbEntry tap = entry("WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }");
    assertThat(tap.base()).isEqualTo("TAP");
    assertThat(tap.preceding()).containsExactly("WIRE");
    assertThat(tap.particles()).isEmpty();
    assertThat(tap.forms()).containsExactlyInAnyOrder("TAPPED", "TAPPING");
    VerbEntry holdOf = entry("+GET_HOLD_OF");
    assertThat(holdOf.particles()).containsExactly("HOLD", "OF");
  }

  @Test
  void formsMaySeparateWithCommas() throws Exception {
    assertThat(entry("+IS_DETERMINED {+WAS_DETERMINED , +BE_DETERMINED ,+ARE_DETERMINED} [030]").forms())
        .containsExactlyInAnyOrder("WAS", "BE", "ARE");
  }

  @Test
  void notesWhatItCanReadAroundButNotAsWritten() throws Exception {
    List<String> notes = new ArrayList<>();
    VerbEntry scrap = VerbEntryParser.entry("SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93", 1, notes);
    assertThat(scrap.forms()).hasSize(3);
    assertThat(notes).singleElement().asString().contains(";shan");

    notes.clear();
    VerbEntry wire = VerbEntryParser.entry("+WIRE_TAP {+WIRE_TAPS +WIRE_TAPPED}", 1, notes);
    assertThat(wire.base()).isEqualTo("WIRE");
    assertThat(wire.forms()).isEmpty();
    assertThat(notes).singleElement().asString().contains("+WIRE_TAPS +WIRE_TAPPED", "skipped");

    notes.clear();
    VerbEntry noPlus = VerbEntryParser.entry("CLEAR_UP", 1, notes);
    assertThat(noPlus.base()).isEqualTo("CLEAR");
    assertThat(noPlus.particles()).containsExactly("UP");
    assertThat(notes).singleElement().asString().contains("no '+'");
  }

  @Test
  void refusesLinesThatAreNotAVerb() {
    assertRefused("LASH OUT", "not one verb");
    assertRefused("+A_+B", "more than one word");
    assertRefused("GO__BY", "not a verb");
    assertRefused("12345", "not a verb");
    assertRefused("[050]", "without a verb");
    assertRefused("PERMIT {PERMITS", "not closed");
    assertRefused("ASK [020", "not closed");
    assertRefused("ASK [01:02:03]", "more than one ':'");
  }

  private static void assertRefused(String content, String message) {
    assertThatThrownBy(() -> VerbEntryParser.entry(content, 1, new ArrayList<>()))
        .isInstanceOf(MalformedLineException.class)
        .hasMessageContaining(message);
  }
}
