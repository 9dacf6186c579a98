package org.dyad.core.event.export;

import java.io.IOException;
import java.io.Writer;
import org.dyad.core.event.Event;

/** Writes events in one file format, one event at a time, so an export never holds them all. */
public interface EventWriter {

  /**
   * Writes {@code events} to {@code out}, which is flushed but left open.
   *
   * @return how many events were written; fewer than given when the format cannot express some
   */
  long write(Iterable<Event> events, Writer out) throws IOException;
}
