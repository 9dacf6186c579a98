package org.dyad.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextDecoderTest {

  @Test
  void decodesUtf8AndDropsTheByteOrderMark() {
    byte[] bytes = "\uFEFFQa'ida — Tehrān".getBytes(StandardCharsets.UTF_8);
    assertThat(PlainTextDecoder.decode(bytes)).get().extracting(Extraction::text).isEqualTo("Qa'ida — Tehrān");
  }

  @Test
  void leavesInvalidUtf8AndBinaryToTika() {
    assertThat(PlainTextDecoder.decode(new byte[] {'a', (byte) 0xC3, '('})).isEmpty();
    assertThat(PlainTextDecoder.decode(new byte[] {'a', 0, 'b'})).isEmpty();
  }

  @Test
  void handlesOnlySmallTextFiles() {
    assertThat(PlainTextDecoder.handles("notes.TXT", 100)).isTrue();
    assertThat(PlainTextDecoder.handles("notes.html", 100)).isFalse();
    assertThat(PlainTextDecoder.handles("big.txt", PlainTextDecoder.MAX_BYTES + 1L)).isFalse();
  }

  @Test
  void linkNamesKeepTheExtensionAndLoseEverythingElse() {
    assertThat(TikaPipesExtractor.safeName("Report (final) ü.docx")).isEqualTo("Report__final___.docx");
    assertThat(TikaPipesExtractor.safeName(".hidden")).isEqualTo("file.hidden");
    assertThat(TikaPipesExtractor.safeName("../../etc/passwd")).doesNotContain("/");
  }
}
