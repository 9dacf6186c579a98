package org.dyad.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies between Dyad's modules point inward, to dyad-core. */
class LayeringTest {

  private static JavaClasses dyad;

  @BeforeAll
  static void importClasses() {
    dyad = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dyad");
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("org.dyad.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.dyad.index..", "org.dyad.store..", "org.dyad.ingest..", "org.dyad.bench..", "org.dyad.cli..",
            "org.dyad.pipeline..", "org.dyad.server..", "org.dyad.sanctions..", "org.dyad.spark..", "org.dyad.analysis..",
            "org.dyad.evidence..", "org.dyad.export..")
        .check(dyad);
  }

  @Test
  void gradingAndHypothesesSitAboveTheStagesTheyRate() {
    // The pipeline rates clusters after clustering, the CLI and the server run boards; the stages below never reach up.
    noClasses().that().resideInAnyPackage("org.dyad.index..", "org.dyad.store..", "org.dyad.ingest..", "org.dyad.nlp..",
            "org.dyad.analysis..", "org.dyad.sanctions..", "org.dyad.export..")
        .should().dependOnClassesThat().resideInAPackage("org.dyad.evidence..")
        .check(dyad);
  }

  @Test
  void thePipelineChainsTheStagesAndKnowsNoInterface() {
    noClasses().that().resideInAPackage("org.dyad.pipeline..")
        .should().dependOnClassesThat().resideInAnyPackage("org.dyad.server..", "org.dyad.bench..", "org.dyad.cli..")
        .check(dyad);
  }

  @Test
  void analysisWorksThroughCoreInterfacesOnly() {
    noClasses().that().resideInAPackage("org.dyad.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("org.dyad.store..", "org.dyad.index..", "org.dyad.ingest..",
            "org.dyad.nlp..", "org.dyad.bench..", "org.dyad.cli..")
        .check(dyad);
  }

  @Test
  void theServerWorksThroughThePipelineAndTheStoreNeverTheCli() {
    noClasses().that().resideInAPackage("org.dyad.server..")
        .should().dependOnClassesThat().resideInAnyPackage("org.dyad.cli..", "org.dyad.bench..", "org.dyad.nlp..",
            "org.dyad.ingest.scan..", "org.dyad.ingest.extract..")
        .check(dyad);
  }

  @Test
  void sanctionsWorkThroughCoreInterfacesNotTheStorageOrOtherStages() {
    // The index is allowed for one thing: its table of transliteration families, shared with the matcher.
    noClasses().that().resideInAPackage("org.dyad.sanctions..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.dyad.store..", "org.dyad.ingest..", "org.dyad.nlp..", "org.dyad.bench..", "org.dyad.cli..")
        .check(dyad);
    noClasses().that().resideInAPackage("org.dyad.sanctions..")
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.dyad.index..")
            .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("TransliterationRules"))))
        .check(dyad);
  }

  @Test
  void nothingBelowTheInterfacesKnowsThePipelineOrTheServer() {
    noClasses().that().resideInAnyPackage("org.dyad.index..", "org.dyad.store..", "org.dyad.ingest..", "org.dyad.nlp..")
        .should().dependOnClassesThat().resideInAnyPackage("org.dyad.pipeline..", "org.dyad.server..")
        .check(dyad);
  }

  @Test
  void theSparkJobRunsTheStagesWithoutTheEmbeddedWorkspace() {
    // It codes with dyad-nlp (CodingSetup included) and clusters with dyad-analysis's EventClusterer,
    // both free of the store; the pipeline module would bring the store in, so it is out too.
    noClasses().that().resideInAPackage("org.dyad.spark..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.dyad.store..", "org.dyad.index..", "org.dyad.pipeline..", "org.dyad.server..", "org.dyad.bench..",
            "org.dyad.cli..")
        .check(dyad);
  }

  @Test
  void onlyTheCliAndTheBenchmarksUseTheSanctionsModule() {
    noClasses().that().resideInAnyPackage("org.dyad.core..", "org.dyad.index..", "org.dyad.store..", "org.dyad.ingest..",
            "org.dyad.nlp..")
        .should().dependOnClassesThat().resideInAPackage("org.dyad.sanctions..")
        .check(dyad);
  }

  @Test
  void nothingDependsOnTheSparkJob() {
    noClasses().that().resideOutsideOfPackage("org.dyad.spark..")
        .should().dependOnClassesThat().resideInAPackage("org.dyad.spark..")
        .check(dyad);
  }

  @Test
  void onlyAnalysisUsesTheGraphLibrary() {
    noClasses().that().resideOutsideOfPackage("org.dyad.analysis..")
        .should().dependOnClassesThat().resideInAPackage("org.jgrapht..")
        .check(dyad);
  }

  @Test
  void theIndexKnowsOnlyTheCore() {
    noClasses().that().resideInAPackage("org.dyad.index..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.dyad.store..", "org.dyad.ingest..", "org.dyad.bench..", "org.dyad.cli..")
        .check(dyad);
  }

  @Test
  void ingestWorksThroughCoreInterfacesNotTheStorageImplementations() {
    noClasses().that().resideInAPackage("org.dyad.ingest..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.dyad.store..", "org.dyad.index..", "org.dyad.bench..", "org.dyad.cli..")
        .check(dyad);
  }

  @Test
  void theStoreDoesNotReachUpToIngestOrTheCli() {
    noClasses().that().resideInAPackage("org.dyad.store..")
        .should().dependOnClassesThat().resideInAnyPackage("org.dyad.ingest..", "org.dyad.bench..", "org.dyad.cli..",
            "org.dyad.analysis..")
        .check(dyad);
  }

  @Test
  void hypothesesAndExportsKnowOnlyTheCore() {
    noClasses().that().resideInAnyPackage("org.dyad.evidence..", "org.dyad.export..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.dyad.index..", "org.dyad.store..", "org.dyad.ingest..", "org.dyad.nlp..", "org.dyad.bench..", "org.dyad.cli..")
        .check(dyad);
  }

  @Test
  void onlyTheCliKnowsTheCli() {
    noClasses().that().resideOutsideOfPackage("org.dyad.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.dyad.cli..")
        .check(dyad);
  }
}
