package org.dyad.nlp.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.nlp.ActorAlias;
import org.dyad.core.nlp.ActorCount;
import org.dyad.core.nlp.DocumentAnnotations;
import org.dyad.core.nlp.EntityMention;
import org.dyad.core.nlp.EntityRecognizer;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.NamedEntity;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.UnresolvedName;
import org.dyad.core.store.AnnotationStore;
import org.junit.jupiter.api.Test;

class EntityDiscoveryTest {

  /** Tags every capitalised word run as an ORGANIZATION, as a stand-in for a statistical model. */
  static final class CapitalisedWords implements EntityRecognizer {
    static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)*");

    @Override
    public List<NamedEntity> entities(Sentence sentence) {
      List<NamedEntity> entities = new ArrayList<>();
      Matcher name = NAME.matcher(sentence.text());
      while (name.find()) {
        entities.add(new NamedEntity(sentence.start() + name.start(), sentence.start() + name.end(), name.group(), "ORGANIZATION"));
      }
      return entities;
    }
  }

  /** The few store calls discovery makes, in memory; the rest are not needed. */
  static final class StoredSentences implements AnnotationStore {
    final Map<String, List<Sentence>> sentences = new TreeMap<>();
    final Map<String, List<Mention>> mentions = new ConcurrentHashMap<>();
    final Map<String, List<EntityMention>> entities = new ConcurrentHashMap<>();
    final AtomicInteger writes = new AtomicInteger();

    void add(String doc, String text, List<String> resolved) {
      List<Sentence> split = new ArrayList<>();
      int start = 0;
      for (String line : text.split("\n")) {
        split.add(new Sentence(doc, split.size(), start, start + line.length(), line));
        start += line.length() + 1;
      }
      sentences.put(doc, split);
      List<Mention> found = new ArrayList<>();
      for (String phrase : resolved) {
        int at = text.indexOf(phrase);
        int sentence = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        found.add(new Mention(doc, sentence, at, at + phrase.length(), phrase, "IRN", "Iran", null, "phrase"));
      }
      mentions.put(doc, found);
    }

    @Override public List<String> annotated() { return List.copyOf(sentences.keySet()); }
    @Override public List<Sentence> sentences(String doc) { return sentences.get(doc); }
    @Override public List<Mention> mentions(String doc) { return mentions.get(doc); }

    @Override
    public void replaceEntities(Map<String, List<EntityMention>> byDoc) {
      writes.incrementAndGet();
      entities.putAll(byDoc);
    }

    @Override public List<String> unannotated(int limit) { throw new UnsupportedOperationException(); }
    @Override public void save(List<DocumentAnnotations> batch) { throw new UnsupportedOperationException(); }
    @Override public Optional<String> parse(String doc, int sentence) { throw new UnsupportedOperationException(); }
    @Override public void replaceMentions(Map<String, List<Mention>> byDoc) { throw new UnsupportedOperationException(); }
    @Override public List<ActorCount> actorCounts(int limit) { throw new UnsupportedOperationException(); }
    @Override public List<UnresolvedName> unresolvedNames(int limit) { throw new UnsupportedOperationException(); }
    @Override public void addAlias(ActorAlias alias) { throw new UnsupportedOperationException(); }
    @Override public boolean removeAlias(String phrase) { throw new UnsupportedOperationException(); }
    @Override public List<ActorAlias> aliases() { throw new UnsupportedOperationException(); }
  }

  @Test
  void keepsOnlyTheNamesNoMentionOverlaps() throws Exception {
    StoredSentences store = new StoredSentences();
    store.add("d1", "Iran warned the Zarqawi Brigade.\nThe Iranian Government denied it.", List.of("Iran", "Iranian Government"));
    store.add("d2", "Abu Musa spoke.", List.of());

    EntityDiscovery.Report report = new EntityDiscovery(store, CapitalisedWords::new, 2).run(done -> {});

    assertThat(report).as("'The Iranian Government' overlaps a mention").isEqualTo(new EntityDiscovery.Report(2, 3, 4, 2));
    assertThat(store.entities.get("d1")).containsExactly(new EntityMention("d1", 0, new NamedEntity(16, 31, "Zarqawi Brigade", "ORGANIZATION")));
    assertThat(store.entities.get("d2")).extracting(found -> found.entity().text()).containsExactly("Abu Musa");
  }

  @Test
  void aNameOverlappingAMentionOnlyPartlyIsDroppedButTheSameWordsElsewhereAreKept() throws Exception {
    StoredSentences store = new StoredSentences();
    store.add("d", "Tehran Radio spoke.\nTehran Radio spoke again.", List.of("Tehran"));

    new EntityDiscovery(store, CapitalisedWords::new, 1).run(done -> {});

    assertThat(store.entities.get("d")).singleElement().satisfies(found -> {
      assertThat(found.sentence()).isEqualTo(1);
      assertThat(found.entity()).isEqualTo(new NamedEntity(20, 32, "Tehran Radio", "ORGANIZATION"));
    });
  }

  @Test
  void writesInBatchesClearsDocumentsWithNothingLeftAndBuildsOneRecognizerPerThread() throws Exception {
    StoredSentences store = new StoredSentences();
    for (int i = 0; i < 100; i++) {
      store.add("doc%03d".formatted(i), "Iran spoke.", List.of("Iran"));
    }
    Set<Thread> builtOn = ConcurrentHashMap.newKeySet();
    List<Long> progress = new ArrayList<>();

    EntityDiscovery.Report report = new EntityDiscovery(store, () -> {
      assertThat(builtOn.add(Thread.currentThread())).as("one recognizer per worker thread").isTrue();
      return new CapitalisedWords();
    }, 2).run(progress::add);

    assertThat(report).isEqualTo(new EntityDiscovery.Report(100, 100, 100, 0));
    assertThat(store.entities).hasSize(100).allSatisfy((doc, kept) -> assertThat(kept).isEmpty());
    assertThat(store.writes).hasValue(2);
    assertThat(progress).containsExactly(64L, 100L);
    assertThat(builtOn).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void aRecognizerFailureStopsTheRunWithTheCause() {
    StoredSentences store = new StoredSentences();
    store.add("d", "Iran spoke.", List.of());
    EntityRecognizer broken = sentence -> {
      throw new IllegalStateException("model missing");
    };

    assertThatThrownBy(() -> new EntityDiscovery(store, () -> broken, 1).run(done -> {}))
        .isInstanceOf(IOException.class).hasMessageContaining("model missing");
    assertThatThrownBy(() -> new EntityDiscovery(store, CapitalisedWords::new, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
