package org.dyad.core.event.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.core.event.export.SampleEvents.DOC;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.event.Event;
import org.dyad.core.event.Event.EventSentence;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.TextSpan;
import org.junit.jupiter.api.Test;

class GdeltTsvTest {

  private static String write(List<Event> events) throws IOException {
    StringWriter out = new StringWriter();
    assertThat(new GdeltTsv().write(events, out)).isEqualTo(events.size());
    return out.toString();
  }

  /** The row of {@code event} as written, by column name. */
  private static Map<String, String> row(Event event) throws IOException {
    String[] lines = write(List.of(event)).split("\n", -1);
    assertThat(lines).hasSize(3).endsWith("");
    List<String> header = Arrays.asList(lines[0].split("\t", -1));
    List<String> values = Arrays.asList(lines[1].split("\t", -1));
    assertThat(values).hasSameSizeAs(header);
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      row.put(header.get(i), values.get(i));
    }
    return row;
  }

  @Test
  void theHeaderIsGdelts61ColumnsInGdeltsOrder() {
    List<String> header = GdeltTsv.HEADER;
    assertThat(header).hasSize(61).doesNotHaveDuplicates();
    assertThat(header.subList(0, 7)).containsExactly("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name");
    assertThat(header.get(14)).isEqualTo("Actor1Type3Code");
    assertThat(header.get(15)).isEqualTo("Actor2Code");
    assertThat(header.subList(25, 35)).containsExactly("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
        "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone");
    assertThat(header.get(35)).isEqualTo("Actor1Geo_Type");
    assertThat(header.get(51)).isEqualTo("ActionGeo_Type");
    assertThat(header.subList(58, 61)).containsExactly("ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
  }

  @Test
  void fillsWhatDyadKnowsAndLeavesTheRestEmpty() throws IOException {
    Map<String, String> row = row(SampleEvents.sanctions());

    assertThat(row).containsEntry("GLOBALEVENTID", "3f9c0a1b2d4e5f60")
        .containsEntry("SQLDATE", "20110728").containsEntry("MonthYear", "201107").containsEntry("Year", "2011")
        .containsEntry("FractionDate", "2011.5726")
        .containsEntry("Actor1Code", "USAGOV").containsEntry("Actor1Name", "United States")
        .containsEntry("Actor1CountryCode", "USA").containsEntry("Actor1Type1Code", "GOV")
        .containsEntry("Actor1Type2Code", "")
        .containsEntry("Actor2Code", "IMGMUSALQ").containsEntry("Actor2Name", "al-Qaeda")
        .containsEntry("Actor2CountryCode", "").containsEntry("Actor2Type1Code", "")
        .containsEntry("IsRootEvent", "0")
        .containsEntry("EventCode", "163").containsEntry("EventBaseCode", "163").containsEntry("EventRootCode", "16")
        .containsEntry("QuadClass", "4").containsEntry("GoldsteinScale", "-8.0")
        .containsEntry("NumMentions", "1").containsEntry("NumSources", "1").containsEntry("NumArticles", "1")
        .containsEntry("AvgTone", "").containsEntry("DATEADDED", "").containsEntry("SOURCEURL", DOC);
    assertThat(row.entrySet()).filteredOn(entry -> entry.getKey().contains("Geo_")).hasSize(24)
        .allSatisfy(entry -> assertThat(entry.getValue()).isEmpty());
    for (String empty : List.of("KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code")) {
      assertThat(row).containsEntry("Actor1" + empty, "").containsEntry("Actor2" + empty, "");
    }
  }

  @Test
  void missingValuesAreEmptyColumns() throws IOException {
    Map<String, String> row = row(SampleEvents.undated());

    for (String dateColumn : List.of("SQLDATE", "MonthYear", "Year", "FractionDate", "QuadClass", "GoldsteinScale")) {
      assertThat(row).containsEntry(dateColumn, "");
    }
    assertThat(row).containsEntry("IsRootEvent", "1").containsEntry("EventCode", "XY1")
        .containsEntry("EventBaseCode", "XY1").containsEntry("EventRootCode", "XY")
        .containsEntry("Actor1CountryCode", "IRN").containsEntry("Actor2CountryCode", "");
  }

  @Test
  void escapesTabsAndNewlinesAndSplitsTypeCodes() throws IOException {
    Map<String, String> row = row(SampleEvents.awkwardText());

    assertThat(row).containsEntry("Actor1Name", "Syria\\tArmy").containsEntry("Actor2Name", "Iraq \\\\ Baghdad")
        .containsEntry("Actor1CountryCode", "SYR").containsEntry("Actor1Type1Code", "GOV")
        .containsEntry("Actor1Type2Code", "MIL").containsEntry("Actor1Type3Code", "")
        .containsEntry("EventBaseCode", "010").containsEntry("EventRootCode", "01")
        .containsEntry("FractionDate", "2024.1644");
  }

  @Test
  void fractionDateCountsDaysOfTheYear() throws IOException {
    Event event = SampleEvents.sanctions();
    Event newYear = new Event(event.id(), event.doc(), LocalDate.of(2011, 1, 1), null, event.source(), event.target(),
        event.code(), event.goldstein(), event.quad(), event.sentence(), event.verb(), event.rule(), event.confidence());
    assertThat(row(newYear)).containsEntry("FractionDate", "2011.0027").containsEntry("SQLDATE", "20110101");
  }

  @Test
  void anyNameStaysInItsColumnAndUnescapesBack() {
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 30)).checkAssert(name -> {
      EventActor source = new EventActor("IRNGOV", name, "Iran", 0, 4, null);
      EventActor target = new EventActor("SYR", "Syria", "Syria", 10, 15, null);
      Event event = new Event("0123456789abcdef", DOC, null, null, source, target, "042", 1.9, 1,
          new EventSentence(0, 0, 20, "x".repeat(20)), new TextSpan("met", 5, 8), "r", 0.5);
      List<String> values = GdeltTsv.row(event);
      String line = String.join("\t", values);
      assertThat(line).doesNotContain("\n", "\r");
      assertThat(line.split("\t", -1)).hasSize(61);
      assertThat(unescape(values.get(6))).isEqualTo(name);
    });
  }

  private static String unescape(String value) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        char next = value.charAt(++i);
        text.append(switch (next) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> next;
        });
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }
}
