package org.dyad.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline's protocol and launch, without loading CoreNLP's models. */
class CoreNlpBaselineTest {

  @Test
  void theUntimedPassTakesItsBudgetOrNone() {
    assertThat(CoreNlpBaseline.warmBudget("texts 8000 0")).isEqualTo(Duration.ofSeconds(8));
    assertThat(CoreNlpBaseline.warmBudget("texts 0 0")).isNull();
  }

  @Test
  void theUntimedPassGetsASecondWhenItsEndHasPassed() {
    long past = System.currentTimeMillis() - 60_000;

    assertThat(CoreNlpBaseline.warmBudget("texts 8000 " + past)).isEqualTo(Duration.ofSeconds(1));
    assertThat(CoreNlpBaseline.warmBudget("texts 0 " + past)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void anUnexpectedLineIsRefused() {
    assertThatThrownBy(() -> CoreNlpBaseline.warmBudget("run 5000")).hasMessageContaining("expected 'texts ...'");
  }

  @Test
  void theJvmRunsOnThisJavaWithItsOwnHeapAndTheShiftReduceModel() {
    List<String> command = BaselineProcess.command(Path.of("/jdk/bin/java"), "cp", 2, Path.of("/tmp/texts.jsonl"));

    assertThat(command).containsExactly("/jdk/bin/java", "-Xmx4g", "-Xss4m", "-cp", "cp",
        CoreNlpBaseline.class.getName(), "2", "/tmp/texts.jsonl");
    assertThat(BaselineProcess.javaBinary()).startsWith(Path.of(System.getProperty("java.home")));
    assertThat(CoreNlpBaseline.ANNOTATORS).isEqualTo("tokenize,ssplit,pos,lemma,ner,parse");
    assertThat(CoreNlpBaseline.SHIFT_REDUCE_MODEL).isEqualTo("edu/stanford/nlp/models/srparser/englishSR.ser.gz");
  }

  @Test
  void textsRoundTripThroughTheirFile(@TempDir Path dir) throws Exception {
    List<BaselineText> texts = List.of(new BaselineText("a", "Iran met Iraq.\nThen \"they\" left.", 2),
        new BaselineText("b", "Über alles.", 1));
    Path file = dir.resolve("texts.jsonl");

    BaselineText.write(texts, file);

    assertThat(BaselineText.read(file)).isEqualTo(texts);
  }
}
