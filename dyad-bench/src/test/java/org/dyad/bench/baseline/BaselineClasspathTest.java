package org.dyad.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineClasspathTest {

  @TempDir Path dir;

  private Path touch(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "jar");
  }

  @Test
  void prefersTheCopyTheBuildMadeToTheMavenRepository() throws Exception {
    Path built = touch(dir.resolve("home/dyad-bench/target/baseline-lib/stanford-corenlp-4.5.10-models-english.jar"));
    touch(dir.resolve("m2/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models-english.jar"));

    assertThat(BaselineClasspath.modelsJar(dir.resolve("home"), dir.resolve("m2"))).isEqualTo(built);
  }

  @Test
  void fallsBackToTheMavenRepository() throws Exception {
    Path cached = touch(dir.resolve("m2/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models-english.jar"));

    assertThat(BaselineClasspath.modelsJar(dir.resolve("home"), dir.resolve("m2"))).isEqualTo(cached);
  }

  @Test
  void saysHowToGetTheJarWhenItIsNowhere() {
    assertThatThrownBy(() -> BaselineClasspath.modelsJar(dir.resolve("home"), dir.resolve("m2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stanford-corenlp-4.5.10-models-english.jar")
        .hasMessageContaining("package");
  }

  @Test
  void theModelsJarComesAfterThisJvmsClassPath() {
    assertThat(BaselineClasspath.of("a.jar" + File.pathSeparator + "b.jar", Path.of("/m/models.jar")))
        .isEqualTo("a.jar" + File.pathSeparator + "b.jar" + File.pathSeparator + "/m/models.jar");
  }
}
