package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dyad's own offices file against the actor dictionaries it names people from: it must load
 * without a warning, name only actors the leaders file knows, agree with their dated codes to
 * the day, and cover the heads of state or government of at least forty states since 2000.
 */
class DefaultOfficesTest {

  private static final String FOLDER = "/org/dyad/nlp/dictionaries/";
  private static final LocalDate COVERED_FROM = LocalDate.of(2000, 1, 1);
  private static final LocalDate COVERED_TO = LocalDate.of(2026, 1, 1);
  /**
   * The longest gap a chain of terms may have and still count as covered: the file leaves out
   * some acting and caretaker holders of a few weeks, such as Syria's five weeks between Hafez
   * and Bashar al-Assad in 2000.
   */
  private static final int ALLOWED_GAP_DAYS = 45;
  /** The longest overlap of two terms of one office; longer ones are typing errors. */
  private static final int ALLOWED_OVERLAP_DAYS = 7;

  private static ReadResult<OfficeHolders> offices;
  private static ActorDictionary leaders;
  private static AgentDictionary agents;
  private static Set<String> actorCodes;

  @BeforeAll
  static void readTheDictionaries() throws IOException {
    try (Reader reader = open("offices.txt")) {
      offices = new OfficeReader().read(reader, "offices.txt");
    }
    PetrarchActorReader actors = new PetrarchActorReader();
    try (Reader reader = open("leaders.actors.txt")) {
      leaders = actors.read(reader, "leaders.actors.txt").dictionary();
    }
    try (Reader reader = open("agents.txt")) {
      agents = new PetrarchAgentReader().read(reader, "agents.txt").dictionary();
    }
    actorCodes = new TreeSet<>();
    for (String name : List.of("countries.actors.txt", "igos.actors.txt")) {
      try (Reader reader = open(name)) {
        actors.read(reader, name).dictionary().entries().stream()
            .flatMap(entry -> entry.codes().stream())
            .forEach(span -> actorCodes.add(span.code()));
      }
    }
  }

  private static Reader open(String name) {
    InputStream stream = DefaultOfficesTest.class.getResourceAsStream(FOLDER + name);
    assertThat(stream).as(FOLDER + name + " on the classpath").isNotNull();
    return new InputStreamReader(stream, StandardCharsets.UTF_8);
  }

  private static List<OfficeTerm> terms() {
    return offices.dictionary().terms();
  }

  private static String where(OfficeTerm term) {
    return "offices.txt:" + term.lineNumber() + " (" + term.holder() + ")";
  }

  /** Each office of each state or organisation, its terms by first day. */
  private static Map<String, List<OfficeTerm>> chains() {
    Map<String, List<OfficeTerm>> chains = new TreeMap<>();
    for (OfficeTerm term : terms()) {
      String key = term.countryCode() + " " + term.office();
      chains.put(key, offices.dictionary().terms(term.countryCode(), term.office()));
    }
    return chains;
  }

  /** True when the terms, by first day, leave no gap longer than allowed in the period. */
  private static boolean coversThePeriod(List<OfficeTerm> chain) {
    if (chain.isEmpty() || chain.getFirst().from().isAfter(COVERED_FROM)) {
      return false;
    }
    LocalDate reach = chain.getFirst().to();
    for (OfficeTerm next : chain.subList(1, chain.size())) {
      if (reach == null) {
        return true;
      }
      if (next.from().isAfter(reach.plusDays(1 + ALLOWED_GAP_DAYS))) {
        return false;
      }
      if (next.to() == null || next.to().isAfter(reach)) {
        reach = next.to();
      }
    }
    return reach == null || !reach.isBefore(COVERED_TO);
  }

  @Test
  void readsWithoutWarnings() {
    assertThat(offices.warnings()).isEmpty();
    assertThat(terms()).hasSizeGreaterThan(200);
  }

  @Test
  void everyOfficeIsAnAgentAndEveryCountryAnActor() {
    assertThat(terms())
        .allSatisfy(
            term -> {
              assertThat(agents.lookup(term.office())).as(where(term)).isNotEmpty();
              assertThat(actorCodes).as(where(term)).contains(term.countryCode());
            });
  }

  @Test
  void everyHolderIsTheFirstPhraseOfOneLeader() {
    assertThat(terms())
        .allSatisfy(
            term ->
                assertThat(leaders.lookup(term.holder()))
                    .as(where(term))
                    .filteredOn(entry -> entry.phrase().equals(term.holder()))
                    .hasSize(1));
  }

  @Test
  void everyTermIsADatedCodeOfItsHolder() {
    List<String> unmatched = new ArrayList<>();
    for (OfficeTerm term : terms()) {
      boolean matched =
          leaders.lookup(term.holder()).stream()
              .filter(entry -> entry.phrase().equals(term.holder()))
              .flatMap(entry -> entry.codes().stream())
              .anyMatch(
                  span ->
                      span.code().startsWith(term.countryCode())
                          && Objects.equals(span.from(), term.from())
                          && Objects.equals(span.to(), term.to()));
      if (!matched) {
        unmatched.add(where(term));
      }
    }
    assertThat(unmatched).isEmpty();
  }

  @Test
  void termsOfOneOfficeMeetAtHandoversOnly() {
    List<String> overlapping = new ArrayList<>();
    for (List<OfficeTerm> chain : chains().values()) {
      for (int i = 1; i < chain.size(); i++) {
        OfficeTerm before = chain.get(i - 1);
        OfficeTerm after = chain.get(i);
        if (before.to() == null
            || ChronoUnit.DAYS.between(after.from(), before.to()) >= ALLOWED_OVERLAP_DAYS) {
          overlapping.add(where(before) + " / " + where(after));
        }
      }
    }
    assertThat(overlapping).isEmpty();
  }

  @Test
  void fortyStatesAreCoveredSince2000() {
    Set<String> covered =
        chains().values().stream()
            .filter(DefaultOfficesTest::coversThePeriod)
            .map(chain -> chain.getFirst().countryCode())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> states =
        covered.stream()
            .filter(code -> !code.startsWith("IGO"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(states).hasSizeGreaterThanOrEqualTo(40).contains("IRN", "USA", "GBR", "CHN");
    assertThat(covered).contains("IGOUNO", "IGOWSTNAT", "IGOMEAARL");
  }
}
