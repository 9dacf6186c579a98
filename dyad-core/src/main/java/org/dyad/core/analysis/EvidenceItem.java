package org.dyad.core.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One real-world event as evidence: the cluster, how well it is corroborated, and the sentence of
 * one report of it to read.
 *
 * @param period the label of the period it is counted in ({@code 2011}), or null outside a series
 * @param cluster the event cluster's id
 * @param date the cluster's date (its earliest report's event date)
 * @param source the source actor code of the report shown
 * @param target the target actor code of the report shown
 * @param code the event code (after the analyst's judgement)
 * @param quad the code's QuadClass, or null when the code has none
 * @param goldstein the code's Goldstein score, or null
 * @param mentions how many coded events report it
 * @param outlets how many distinct outlets report it
 * @param confidence how far the cluster can be believed, 0 to 1, from its reports' grades, outlets and
 *     the coder's confidence (ClusterConfidence in dyad-evidence), or null when not yet rated
 * @param sentence the sentence of the report shown
 * @param doc the document that sentence is in
 * @param title that document's title
 * @param outlet that document's outlet
 * @param eventIds the ids of every report of it counted here, the one shown first
 */
public record EvidenceItem(
    String period,
    String cluster,
    LocalDate date,
    String source,
    String target,
    String code,
    Integer quad,
    Double goldstein,
    long mentions,
    long outlets,
    Double confidence,
    String sentence,
    String doc,
    String title,
    String outlet,
    @JsonProperty("event_ids") List<String> eventIds) {

  /** An item whose cluster is not rated. */
  public EvidenceItem(String period, String cluster, LocalDate date, String source, String target, String code, Integer quad,
      Double goldstein, long mentions, long outlets, String sentence, String doc, String title, String outlet,
      List<String> eventIds) {
    this(period, cluster, date, source, target, code, quad, goldstein, mentions, outlets, null, sentence, doc, title, outlet,
        eventIds);
  }

  public EvidenceItem {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(doc, "doc");
    eventIds = List.copyOf(eventIds);
    if (eventIds.isEmpty() || mentions < 1 || outlets < 0) {
      throw new IllegalArgumentException("cluster " + cluster + ": evidence needs at least one event");
    }
    if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("cluster " + cluster + ": confidence must lie in [0, 1], got " + confidence);
    }
  }
}
