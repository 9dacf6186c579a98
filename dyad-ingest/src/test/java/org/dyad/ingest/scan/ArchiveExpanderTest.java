package org.dyad.ingest.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArchiveExpanderTest {

  @Test
  void entryNamesThatEscapeTheArchiveAreUnsafe() {
    assertThat(ArchiveExpander.isSafe("reports/2001/a.txt")).isTrue();
    assertThat(ArchiveExpander.isSafe("a..b.txt")).isTrue();
    assertThat(ArchiveExpander.isSafe("../a.txt")).isFalse();
    assertThat(ArchiveExpander.isSafe("reports/../../a.txt")).isFalse();
    assertThat(ArchiveExpander.isSafe("/etc/passwd")).isFalse();
    assertThat(ArchiveExpander.isSafe("C:\\Windows\\x.txt")).isFalse();
    assertThat(ArchiveExpander.isSafe("..\\a.txt")).isFalse();
  }

  @Test
  void theOutletIsTheFirstFolderUnderTheRoot() {
    Path root = Path.of("/corpus");
    assertThat(CorpusScanner.outletOf(root, Path.of("/corpus/gulf-wire/2001/a.txt"))).isEqualTo("gulf-wire");
    assertThat(CorpusScanner.outletOf(root, Path.of("/corpus/a.txt"))).isEqualTo("corpus");
  }

  @Test
  void archiveFormatsAreRecognisedByName() {
    assertThat(ArchiveFormat.byName("x.ZIP")).contains(ArchiveFormat.ZIP);
    assertThat(ArchiveFormat.byName("x.tgz")).contains(ArchiveFormat.TAR_GZ);
    assertThat(ArchiveFormat.byName("x.tar.gz")).contains(ArchiveFormat.TAR_GZ);
    assertThat(ArchiveFormat.byName("x.docx")).isEmpty();
  }
}
