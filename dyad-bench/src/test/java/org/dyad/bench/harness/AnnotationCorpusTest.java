package org.dyad.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AnnotationCorpusTest {

  private static final List<AnnotationBenchmark.Text> TEXTS = IntStream.range(0, 514)
      .mapToObj(i -> new AnnotationBenchmark.Text("t" + i, "Text " + i + ".", null)).toList();

  @Test
  void aSampleTakesEveryKthTextUpToTheLimitInAShuffledOrder() {
    List<AnnotationBenchmark.Text> sample = AnnotationCorpus.sample(TEXTS, 100, 42);

    assertThat(sample).hasSize(100);
    assertThat(sample).allSatisfy(text -> assertThat(Integer.parseInt(text.id().substring(1)) % 5).isZero());
    assertThat(sample).isNotEqualTo(sample.stream().sorted((a, b) -> Integer.compare(
        Integer.parseInt(a.id().substring(1)), Integer.parseInt(b.id().substring(1)))).toList());
  }

  @Test
  void theSameSeedGivesTheSameSample() {
    assertThat(AnnotationCorpus.sample(TEXTS, 100, 42)).isEqualTo(AnnotationCorpus.sample(TEXTS, 100, 42));
  }

  @Test
  void aSmallCorpusIsTakenWhole() {
    assertThat(AnnotationCorpus.sample(TEXTS.subList(0, 7), 100, 42)).hasSize(7);
  }
}
