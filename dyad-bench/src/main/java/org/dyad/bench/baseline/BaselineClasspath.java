package org.dyad.bench.baseline;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The class path of the baseline JVM: this JVM's own (Dyad, CoreNLP's code and its default
 * {@code models} jar) plus CoreNLP's {@code models-english} jar, which holds the shift-reduce
 * parser. That jar (445 MB) is no dependency of any module, so it never enters the class path of
 * {@code ./dyad}: dyad-bench's build copies it into {@code dyad-bench/target/baseline-lib}, and the
 * local Maven repository is the fallback when running from an IDE.
 */
public final class BaselineClasspath {

  public static final String CORENLP_VERSION = "4.5.10";
  static final String MODELS_JAR = "stanford-corenlp-" + CORENLP_VERSION + "-models-english.jar";

  private BaselineClasspath() {}

  /** The places the models jar is looked for, in order. */
  static List<Path> candidates(Path dyadHome, Path mavenRepository) {
    return List.of(
        dyadHome.resolve("dyad-bench").resolve("target").resolve("baseline-lib").resolve(MODELS_JAR),
        mavenRepository.resolve("edu/stanford/nlp/stanford-corenlp").resolve(CORENLP_VERSION).resolve(MODELS_JAR));
  }

  /** The jar holding {@code englishSR.ser.gz}, or an error saying how to get it. */
  public static Path modelsJar(Path dyadHome, Path mavenRepository) {
    List<Path> candidates = candidates(dyadHome, mavenRepository);
    return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new IllegalArgumentException(
        "the CoreNLP baseline needs " + MODELS_JAR + " (the shift-reduce parser) at " + candidates.getFirst()
            + ": run './mvnw -pl dyad-cli -am package -DskipTests', which copies it there"));
  }

  /** The local Maven repository this user's builds resolve into. */
  public static Path defaultMavenRepository() {
    String configured = System.getProperty("maven.repo.local");
    return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  /** This JVM's class path followed by the models jar. */
  public static String of(String ownClasspath, Path modelsJar) {
    return ownClasspath + File.pathSeparator + modelsJar.toAbsolutePath();
  }
}
