package org.dyad.nlp.verbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.dyad.core.event.CameoOntology;
import org.dyad.nlp.dictionary.ReadResult;
import org.junit.jupiter.api.Test;

class VerbDictionariesTest {

  @Test
  void defaultDictionaryReadsWithoutWarningsAndUsesOnlyCameoCodes() throws Exception {
    ReadResult<VerbDictionary> read = VerbDictionaries.defaults();
    assertThat(read.warnings()).isEmpty();
    VerbDictionary dictionary = read.dictionary();
    Set<String> roots = new TreeSet<>();
    for (VerbBlock block : dictionary.blocks()) {
      check(block.codes(), roots, block.name());
      for (VerbEntry verb : block.verbs()) {
        if (verb.codes() != null) {
          check(verb.codes(), roots, block.name() + " " + verb.base());
        }
      }
      for (VerbPattern pattern : block.patterns()) {
        check(pattern.codes(), roots, block.name() + ": " + pattern.text());
      }
    }
    assertThat(roots).as("every CAMEO root category has verbs or patterns").hasSize(20);
    assertThat(dictionary.blocks().stream().mapToInt(b -> b.verbs().size()).sum()).isGreaterThan(350);
    assertThat(dictionary.blocks().stream().mapToInt(b -> b.patterns().size()).sum()).isGreaterThan(700);
  }

  @Test
  void everySynsetAPatternNamesIsDefined() throws Exception {
    VerbDictionary dictionary = VerbDictionaries.defaults().dictionary();
    for (VerbBlock block : dictionary.blocks()) {
      for (VerbPattern pattern : block.patterns()) {
        assertThat(pattern.text()).satisfies(text -> {
          for (String word : text.split("[\\s{}()]+")) {
            if (word.startsWith("&")) {
              assertThat(dictionary.synset(word.substring(1).replaceAll("_$", ""))).as(word + " in " + text).isNotEmpty();
            }
          }
        });
      }
    }
  }

  private static void check(EventCodes codes, Set<String> roots, String where) {
    for (String code : new String[] {codes.forward(), codes.reverse()}) {
      if (code != null) {
        assertThat(CameoOntology.cameo().contains(code)).as(code + " at " + where).isTrue();
        roots.add(code.substring(0, 2));
      }
    }
  }
}
