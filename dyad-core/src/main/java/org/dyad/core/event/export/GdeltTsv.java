package org.dyad.core.event.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventActor;

/**
 * Events as a GDELT 2.0 event table: tab-separated, a header row, then one row an event with the 61
 * columns of GDELT 2.0 in GDELT's order, so tools that read GDELT by position read this too.
 * Columns Dyad has nothing for are left empty rather than guessed.
 *
 * <p>Text is never quoted; a backslash, tab, newline or carriage return inside a value is written
 * {@code \\}, {@code \t}, {@code \n}, {@code \r}. Each row is one mention of an event in one
 * document: Dyad does not merge reports of the same event here.
 *
 * <table class="striped">
 * <caption>Columns</caption>
 * <thead>
 * <tr><th>GDELT column</th><th>What Dyad writes</th></tr>
 * </thead>
 * <tbody>
 * <tr><td>GLOBALEVENTID</td><td>the Dyad event id (16 hex digits; GDELT's are integers)</td></tr>
 * <tr><td>SQLDATE</td><td>event date, {@code yyyyMMdd}; empty when undated</td></tr>
 * <tr><td>MonthYear</td><td>event date, {@code yyyyMM}</td></tr>
 * <tr><td>Year</td><td>event date, {@code yyyy}</td></tr>
 * <tr><td>FractionDate</td><td>year + day of year / 365, four decimals (1 January 2011 is
 *     2011.0027)</td></tr>
 * <tr><td>Actor1Code</td><td>source actor code ({@code USAGOV})</td></tr>
 * <tr><td>Actor1Name</td><td>source actor name</td></tr>
 * <tr><td>Actor1CountryCode</td><td>first three letters of the code when they are an ISO 3166
 *     alpha-3 country code, else empty</td></tr>
 * <tr><td>Actor1KnownGroupCode, Actor1EthnicCode, Actor1Religion1Code, Actor1Religion2Code</td>
 *     <td>empty</td></tr>
 * <tr><td>Actor1Type1Code, Actor1Type2Code, Actor1Type3Code</td><td>the first three CAMEO role or
 *     sector codes ({@code GOV}, {@code MIL}, {@code REB}, ...) among the code's three-letter parts,
 *     in order</td></tr>
 * <tr><td>Actor2Code … Actor2Type3Code</td><td>the same for the target actor</td></tr>
 * <tr><td>IsRootEvent</td><td>1 for an event of the document's first sentence, else 0 (Dyad does
 *     not detect paragraphs)</td></tr>
 * <tr><td>EventCode</td><td>the event code ({@code 163})</td></tr>
 * <tr><td>EventBaseCode</td><td>its first three characters (the code itself when shorter)</td></tr>
 * <tr><td>EventRootCode</td><td>its first two characters</td></tr>
 * <tr><td>QuadClass</td><td>1–4; empty for a code CAMEO does not define</td></tr>
 * <tr><td>GoldsteinScale</td><td>−10 to +10; empty for a code CAMEO does not define</td></tr>
 * <tr><td>NumMentions, NumSources, NumArticles</td><td>1 (one mention in one document)</td></tr>
 * <tr><td>AvgTone</td><td>empty</td></tr>
 * <tr><td>Actor1Geo_*, Actor2Geo_*, ActionGeo_* (Type, FullName, CountryCode, ADM1Code, ADM2Code,
 *     Lat, Long, FeatureID: 24 columns)</td><td>empty</td></tr>
 * <tr><td>DATEADDED</td><td>empty</td></tr>
 * <tr><td>SOURCEURL</td><td>the document id (sha256), the citation that leads back to the
 *     source</td></tr>
 * </tbody>
 * </table>
 */
public final class GdeltTsv implements EventWriter {

  private static final List<String> ACTOR_COLUMNS = List.of("Code", "Name", "CountryCode", "KnownGroupCode",
      "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code");
  private static final List<String> GEO_COLUMNS =
      List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID");
  static final List<String> HEADER = header();

  /** CAMEO's actor role and sector codes: the parts of an actor code GDELT lists as types. */
  private static final Set<String> ACTOR_TYPES = Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB",
      "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG",
      "MED", "REF", "MOD", "RAD");
  private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  @Override
  public long write(Iterable<Event> events, Writer out) throws IOException {
    out.write(String.join("\t", HEADER));
    out.write('\n');
    long written = 0;
    for (Event event : events) {
      out.write(String.join("\t", row(event)));
      out.write('\n');
      written++;
    }
    out.flush();
    return written;
  }

  static List<String> row(Event event) {
    List<String> row = new ArrayList<>(HEADER.size());
    row.add(escape(event.id()));
    addDate(row, event.date());
    addActor(row, event.source());
    addActor(row, event.target());
    row.add(event.sentence().index() == 0 ? "1" : "0");
    String code = event.code();
    row.add(escape(code));
    row.add(escape(code.length() > 3 ? code.substring(0, 3) : code));
    row.add(escape(event.root()));
    row.add(event.quad() == null ? "" : event.quad().toString());
    row.add(event.goldstein() == null ? "" : event.goldstein().toString());
    row.addAll(List.of("1", "1", "1", ""));
    for (int i = 0; i < 3 * GEO_COLUMNS.size() + 1; i++) {
      row.add("");
    }
    row.add(escape(event.doc()));
    return row;
  }

  private static void addDate(List<String> row, LocalDate date) {
    if (date == null) {
      row.addAll(List.of("", "", "", ""));
      return;
    }
    row.add(String.format(Locale.ROOT, "%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
    row.add(String.format(Locale.ROOT, "%04d%02d", date.getYear(), date.getMonthValue()));
    row.add(Integer.toString(date.getYear()));
    row.add(String.format(Locale.ROOT, "%.4f", date.getYear() + date.getDayOfYear() / 365.0));
  }

  private static void addActor(List<String> row, EventActor actor) {
    String code = actor.code();
    row.add(escape(code));
    row.add(escape(actor.name()));
    row.add(COUNTRIES.contains(actor.root()) ? actor.root() : "");
    row.addAll(List.of("", "", "", ""));
    List<String> types = new ArrayList<>();
    for (int start = 0; start + 3 <= code.length() && types.size() < 3; start += 3) {
      String part = code.substring(start, start + 3);
      if (ACTOR_TYPES.contains(part)) {
        types.add(part);
      }
    }
    for (int i = 0; i < 3; i++) {
      row.add(i < types.size() ? types.get(i) : "");
    }
  }

  private static List<String> header() {
    List<String> header = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      ACTOR_COLUMNS.forEach(column -> header.add(actor + column));
    }
    header.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String place : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      GEO_COLUMNS.forEach(column -> header.add(place + column));
    }
    header.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(header);
  }

  /** Keeps a value on its line and in its column, reversibly. */
  static String escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
