package org.dyad.sanctions.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListFilesTest {

  @TempDir Path dir;

  @Test
  void picksTheReaderByFolderOrRootElement() throws IOException {
    assertThat(ListFiles.read(Fixtures.path("sdn-small.xml")).source()).startsWith("OFAC sdn.xml");
    assertThat(ListFiles.read(Fixtures.path("advanced-small.xml")).source()).startsWith("OFAC advanced XML");
    assertThat(ListFiles.read(Fixtures.path("un-small.xml")).source()).startsWith("UN consolidated list");
    OfacCsvReaderTest.write(dir, "sdn.csv", OfacCsvReaderTest.SDN);
    assertThat(ListFiles.read(dir).entities()).hasSize(3);
    assertThat(ListFiles.read(dir.resolve("sdn.csv")).entities()).as("sdn.csv stands for its folder").hasSize(3);
  }

  @Test
  void anUnknownRootOrMissingPathIsAOneLineError() throws IOException {
    Path other = Files.writeString(dir.resolve("other.xml"), "<catalog/>");
    assertThatThrownBy(() -> ListFiles.read(other)).hasMessageContaining("<catalog> is not a list");
    assertThatThrownBy(() -> ListFiles.read(dir.resolve("absent"))).hasMessageContaining("does not exist");
  }

  @Test
  void hostileXmlIsRefusedBeforeAnyReaderRuns() {
    assertThatThrownBy(() -> ListFiles.read(Fixtures.path("xxe.xml"))).hasMessageContaining("refused");
    assertThatThrownBy(() -> ListFiles.read(Fixtures.path("billion-laughs.xml"))).hasMessageContaining("refused");
  }
}
