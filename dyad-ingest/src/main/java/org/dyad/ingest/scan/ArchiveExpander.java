package org.dyad.ingest.scan;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.dyad.core.store.BlobStore;
import org.dyad.ingest.scan.ExpansionBudget.ArchiveBombException;

/**
 * Streams the members of one archive (and of archives nested in it, to a depth limit) into the
 * blob store. Members are named {@code archive!/member}. Entry names that try to escape the
 * archive ({@code ../}, absolute paths) are refused: Dyad never writes files by entry name, but
 * such an archive is hostile and the analyst should know.
 */
final class ArchiveExpander {

  private final CorpusScanner scanner;
  private final ScanLimits limits;
  private final ScanSink sink;

  ArchiveExpander(CorpusScanner scanner, ScanLimits limits, ScanSink sink) {
    this.scanner = scanner;
    this.limits = limits;
    this.sink = sink;
  }

  void expand(ArchiveFormat format, InputStream in, String path, long archiveBytes, String outlet)
      throws InterruptedException {
    ExpansionBudget budget = new ExpansionBudget(archiveBytes, limits);
    try {
      expand(format, in, path, outlet, budget, 0);
    } catch (ArchiveBombException bomb) {
      sink.failed(CorpusScanner.failure(path, bomb.getMessage()));
    }
  }

  private void expand(ArchiveFormat format, InputStream in, String path, String outlet, ExpansionBudget budget, int depth)
      throws InterruptedException, ArchiveBombException {
    try {
      ArchiveInputStream<?> archive = format.open(in);
      for (ArchiveEntry entry; (entry = archive.getNextEntry()) != null; ) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName();
        String memberPath = path + "!/" + name;
        if (!isSafe(name)) {
          sink.failed(CorpusScanner.failure(memberPath, "unsafe entry name (escapes the archive); skipped"));
          continue;
        }
        if (!archive.canReadEntryData(entry)) {
          sink.failed(CorpusScanner.failure(memberPath, "entry uses an unsupported compression or encryption"));
          continue;
        }
        if (entry.getSize() > limits.maxFileBytes()) {
          sink.failed(CorpusScanner.failure(
              memberPath, BlobStore.BlobTooLargeException.reason(limits.maxFileBytes()) + "; skipped"));
          continue;
        }
        InputStream member = budget.meter(archive);
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        var nested = ArchiveFormat.byName(fileName);
        if (nested.isPresent() && depth < limits.maxArchiveDepth()) {
          expand(nested.get(), member, memberPath, outlet, budget, depth + 1);
        } else {
          storeMember(member, memberPath, fileName, outlet);
        }
      }
    } catch (ArchiveBombException bomb) {
      throw bomb;
    } catch (IOException e) {
      sink.failed(CorpusScanner.failure(path, "cannot read the archive: " + firstLine(e)));
    }
  }

  private void storeMember(InputStream member, String memberPath, String fileName, String outlet)
      throws InterruptedException, ArchiveBombException {
    try {
      scanner.store(member, memberPath, fileName, outlet, sink);
    } catch (ArchiveBombException bomb) {
      throw bomb;
    } catch (IOException e) {
      sink.failed(CorpusScanner.failure(memberPath, "cannot read the entry: " + firstLine(e)));
    }
  }

  static boolean isSafe(String name) {
    String normal = name.replace('\\', '/');
    if (normal.startsWith("/") || normal.matches("^[A-Za-z]:.*")) {
      return false;
    }
    for (String segment : normal.split("/")) {
      if (segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private static String firstLine(IOException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
