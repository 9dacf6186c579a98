package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dyad.core.json.DyadJson;
import org.dyad.ingest.IngestOptions;
import org.junit.jupiter.api.Test;

class IngestRequestTest {

  private static IngestRequest request(String outlet, String grade, Long maxSize, Integer timeout, String ocr, int threads) {
    return new IngestRequest(List.of("/corpus"), outlet, grade, maxSize, timeout, null, ocr, true, threads);
  }

  @Test
  void nullSettingsKeepTheDefaults() {
    IngestOptions options = request(null, null, null, null, null, 2).options();
    IngestOptions defaults = IngestOptions.defaults();

    assertThat(options.outlet()).isNull();
    assertThat(options.scanLimits()).isEqualTo(defaults.scanLimits());
    assertThat(options.extractorLimits()).isEqualTo(defaults.extractorLimits());
  }

  @Test
  void settingsReachTheIngestOptions() {
    IngestOptions options = request("wire", "B2", 1024L, 30, "eng+ara", 2).options();

    assertThat(options.outlet()).isEqualTo("wire");
    assertThat(options.grade()).isEqualTo("B2");
    assertThat(options.scanLimits().maxFileBytes()).isEqualTo(1024);
    assertThat(options.extractorLimits().timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(request(null, null, null, null, null, 1).files()).containsExactly(Path.of("/corpus"));
  }

  @Test
  void refusesBadSettingsWhenMadeNotWhenRun() {
    assertThatThrownBy(() -> request(null, "Z9", null, null, null, 1)).hasMessageContaining("not an Admiralty grade: 'Z9'");
    assertThatThrownBy(() -> request(" ", null, null, null, null, 1)).hasMessage("the outlet name is empty");
    assertThatThrownBy(() -> request(null, null, 0L, null, null, 1)).hasMessage("the maximum file size must be positive, got 0");
    assertThatThrownBy(() -> request(null, null, null, 0, null, 1)).hasMessage("the parser timeout must be 1 to 86400 seconds, got 0");
    assertThatThrownBy(() -> request(null, null, null, null, "eng;rm -rf", 1)).hasMessageStartingWith("OCR languages are Tesseract codes");
    assertThatThrownBy(() -> request(null, null, null, null, null, 0)).hasMessage("threads must be between 1 and 256, got 0");
    assertThatThrownBy(() -> new IngestRequest(List.of(), null, null, null, null, null, null, true, 1))
        .hasMessage("give at least one file or folder to ingest");
  }

  @Test
  void survivesTheJsonRoundTripTheCliAndServerMake() throws Exception {
    IngestRequest request = request("wire", "C3", 4096L, 60, "eng", 3);
    assertThat(DyadJson.mapper().readValue(DyadJson.write(request), IngestRequest.class)).isEqualTo(request);
  }
}
