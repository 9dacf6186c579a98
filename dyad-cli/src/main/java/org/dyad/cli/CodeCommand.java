package org.dyad.cli;

import java.io.BufferedReader;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.core.event.Event;
import org.dyad.core.event.export.EventJsonLines;
import org.dyad.nlp.coding.CodingSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad code}: stateless event coding for pipes. Reads JSON Lines texts, or existing parses
 * (CoNLL-U, PETRARCH XML), writes one JSON event per line. A bad record is reported on stderr with
 * its line number and skipped; the others are coded.
 */
@Command(name = "code", description = "Code events: JSON Lines {\"id\",\"date\",\"text\"} in, one JSON event per line out.")
final class CodeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--in", paramLabel = "FILE", description = "Input file (default: stdin).")
  Path in;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: stdout).")
  Path out;

  @Option(names = "--input-format", paramLabel = "text|conllu|petrarch", defaultValue = "text",
      description = "text: JSON Lines texts, parsed by Dyad (default); conllu: CoNLL-U sentences with '# text' "
          + "(and '# doc_id', '# date') comments; petrarch: PETRARCH XML <Sentence> records with Penn Treebank or "
          + "CoNLL-U parses. Existing parses are coded without parsing again.")
  String inputFormat;

  @Option(names = "--verbs", paramLabel = "FILE", description = "A PETRARCH-2 verb dictionary instead of Dyad's own.")
  Path verbs;

  @Option(names = "--actors", paramLabel = "DIR", description = "A folder of Phoenix actor and agent dictionaries instead of Dyad's own.")
  Path actors;

  @Option(names = "--threads", paramLabel = "N", description = "Parsing workers (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("--threads must be between 1 and 256, got " + threads);
    }
    if (in != null && !Files.isRegularFile(in)) {
      throw new IllegalArgumentException("no such file: " + in);
    }
    CodingSetup setup = CodingSetup.load(verbs, actors);
    PrintWriter err = spec.commandLine().getErr();
    // stdout is the command line's writer, flushed but not closed
    Writer stdout = new FilterWriter(spec.commandLine().getOut()) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
    try (Reader reader = in == null ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
            : Files.newBufferedReader(in, StandardCharsets.UTF_8);
        Writer writer = out == null ? stdout : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      CodeRun.Summary summary = switch (inputFormat.toLowerCase(Locale.ROOT)) {
        case "text" -> new CodeRun(setup, threads, err).texts(new BufferedReader(reader), events -> write(events, writer));
        case "conllu" -> new CodeRun(setup, threads, err).conllu(new BufferedReader(reader), events -> write(events, writer));
        case "petrarch" -> new CodeRun(setup, threads, err).petrarch(reader, sourceName(), events -> write(events, writer));
        default -> throw new IllegalArgumentException("--input-format must be text, conllu or petrarch, got '" + inputFormat + "'");
      };
      writer.flush();
      err.printf("Coded %,d records: %,d events%s%n", summary.records(), summary.events(),
          summary.skipped() == 0 ? "" : String.format(", %,d records skipped (see above)", summary.skipped()));
      err.flush();
      return summary.records() == 0 && summary.skipped() > 0 ? 1 : 0;
    }
  }

  private String sourceName() {
    return in == null ? "stdin" : in.toString();
  }

  private static void write(List<Event> events, Writer writer) throws IOException {
    new EventJsonLines().write(new ArrayList<>(events), writer);
  }
}
