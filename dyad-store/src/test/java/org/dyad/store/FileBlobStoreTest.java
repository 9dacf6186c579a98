package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.core.store.BlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBlobStoreTest {

  @TempDir Path dir;

  @Test
  void storesBytesUnderTheirSha256Once() throws Exception {
    FileBlobStore blobs = FileBlobStore.open(dir.resolve("blobs"), dir.resolve("tmp"));
    byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);

    BlobStore.StoredBlob first = blobs.put(new ByteArrayInputStream(abc), 100);
    BlobStore.StoredBlob second = blobs.put(new ByteArrayInputStream(abc), 100);

    // sha256("abc"), the FIPS 180-2 test vector.
    assertThat(first.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(second).isEqualTo(first);
    assertThat(first.size()).isEqualTo(3);
    assertThat(Files.readAllBytes(blobs.path(first.sha256()))).isEqualTo(abc);
    assertThat(blobs.path(first.sha256())).endsWith(Path.of("ba", "78", first.sha256()));
    assertThat(blobs.count()).isEqualTo(1);
    try (var leftovers = Files.list(dir.resolve("tmp"))) {
      assertThat(leftovers).isEmpty();
    }
  }

  @Test
  void refusesStreamsOverTheCapAndLeavesNothingBehind() throws Exception {
    FileBlobStore blobs = FileBlobStore.open(dir.resolve("blobs"), dir.resolve("tmp"));
    assertThatThrownBy(() -> blobs.put(new ByteArrayInputStream(new byte[101]), 100))
        .isInstanceOf(BlobStore.BlobTooLargeException.class);
    assertThat(blobs.count()).isZero();
    try (var leftovers = Files.list(dir.resolve("tmp"))) {
      assertThat(leftovers).isEmpty();
    }
  }

  @Test
  void openingRemovesPartialWritesOfACrashedRun() throws Exception {
    Files.createDirectories(dir.resolve("tmp"));
    Files.writeString(dir.resolve("tmp/blob-1-1.part"), "half");
    FileBlobStore.open(dir.resolve("blobs"), dir.resolve("tmp"));
    assertThat(dir.resolve("tmp/blob-1-1.part")).doesNotExist();
  }

  @Test
  void rejectsNamesThatAreNotDigests() throws Exception {
    FileBlobStore blobs = FileBlobStore.open(dir.resolve("blobs"), dir.resolve("tmp"));
    assertThatThrownBy(() -> blobs.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
  }
}
