package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteEnvironmentTest {

  private static final Path HERE = Path.of("suites");
  private static final SuiteEnvironment ENVIRONMENT = new SuiteEnvironment(HERE.resolve("verbs.txt"),
      List.of(HERE.resolve("a.txt"), HERE.resolve("b.txt")), HERE.resolve("agents.txt"), null, null, Set.of("DEMO"));

  @Test
  void anIncludeListsTheCategoriesAndNoIncludeCountsThemAll() {
    assertThat(ENVIRONMENT.includes("DEMO")).isTrue();
    assertThat(ENVIRONMENT.includes("AGENTS")).isFalse();
    assertThat(SuiteEnvironment.NONE.includes("AGENTS")).isTrue();
  }

  @Test
  void theSameNamesResolveInAnotherFolder() {
    Path elsewhere = Path.of("dictionaries");
    SuiteEnvironment moved = ENVIRONMENT.withDictionaryFolder(elsewhere);
    assertThat(moved.dictionaryFiles()).containsExactly(elsewhere.resolve("verbs.txt"), elsewhere.resolve("a.txt"),
        elsewhere.resolve("b.txt"), elsewhere.resolve("agents.txt"));
    assertThat(moved.discardFile()).isNull();
    assertThat(moved.includedCategories()).containsExactly("DEMO");
  }

  @Test
  void listsTheNamedFilesThatAreAbsent(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("verbs.txt"), "");
    Files.writeString(folder.resolve("a.txt"), "");
    assertThat(ENVIRONMENT.withDictionaryFolder(folder).missingFiles())
        .containsExactly(folder.resolve("b.txt"), folder.resolve("agents.txt"));
  }
}
