package org.dyad.core.event.export;

import java.time.LocalDate;
import org.dyad.core.event.Event;
import org.dyad.core.event.Event.EventSentence;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.TextSpan;

/** Hand-built events for the export tests. */
final class SampleEvents {

  static final String DOC = "d".repeat(64);

  private SampleEvents() {}

  /** DESIGN.md's example: every field set. */
  static Event sanctions() {
    EventActor usa = new EventActor("USAGOV", "United States", "The United States", 120, 137, null);
    EventActor alq = new EventActor("IMGMUSALQ", "al-Qaeda", "three al-Qaeda leaders", 160, 182, "Ayman al-Zawahiri");
    TextSpan verb = new TextSpan("imposed sanctions", 138, 155);
    EventSentence sentence =
        new EventSentence(3, 120, 197, "The United States imposed sanctions on three al-Qaeda leaders.");
    return new Event("3f9c0a1b2d4e5f60", DOC, LocalDate.of(2011, 7, 28), LocalDate.of(2011, 7, 29), usa, alq, "163",
        -8.0, 4, sentence, verb, "SANCTION: impose sanctions on", 0.82);
  }

  /** Every nullable field null, a code outside CAMEO, the document's first sentence. */
  static Event undated() {
    EventActor iran = new EventActor("IRN", "Iran", "Tehran", 0, 6, null);
    EventActor group = new EventActor("XYZ", "Unknown group", "the group", 14, 23, null);
    TextSpan verb = new TextSpan("warned", 7, 13);
    return new Event("00000000000000aa", DOC, null, null, iran, group, "XY1", null, null,
        new EventSentence(0, 0, 24, "Tehran warned the group."), verb, "user rule", 0.0);
  }

  /** Tabs, newlines, a backslash and text outside the Basic Multilingual Plane, in a statement (010). */
  static Event awkwardText() {
    EventActor syria =
        new EventActor("SYRGOVMIL", "Syria\tArmy", "الجيش\tالسوري 😀", 5, 20, "Name\nWith Newline");
    EventActor iraq = new EventActor("IRQ", "Iraq \\ Baghdad", "Baghdad", 30, 37, null);
    TextSpan verb = new TextSpan("said\r\nto", 21, 29);
    return new Event("00000000000000bb", DOC, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1), syria, iraq, "010",
        0.0, 1, new EventSentence(1, 5, 40, "«الجيش\tالسوري» said\r\nto Baghdad 😀"), verb, "rule \"quoted\"",
        1.0);
  }
}
