package org.dyad.export.stix;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.analysis.EventCluster;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventActor;
import org.dyad.core.json.DyadJson;
import org.dyad.core.model.Document;
import org.dyad.export.ExportScope;
import org.dyad.export.ExportedActor;

/**
 * Dyad's events as a STIX 2.1 bundle (OASIS, <i>STIX Version 2.1</i>, 2021) for threat-intelligence
 * platforms: armed and militant groups become {@code threat-actor} objects, states, their organs,
 * IGOs and other organisations {@code identity} objects (class organization), people acting for them
 * {@code identity} objects of class individual; each event becomes a {@code relationship}
 * ({@code targets} for a group's material conflict against an identity, else {@code related-to})
 * carrying the CAMEO code and the sentence, and each document a {@code report} whose {@code
 * object_refs} hold its events and actors and whose external reference is the document. An event
 * cluster (one real-world event, several reports) becomes a {@code grouping} of its reports'
 * relationships, with the cluster's confidence as the STIX {@code confidence} (0–100).
 */
public final class StixBundle {

  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private StixBundle() {}

  /**
   * The bundle as a JSON string.
   *
   * @param created the {@code created} and {@code modified} time of every object (the export's time)
   */
  public static String json(ExportScope scope, Instant created) {
    return DyadJson.write(bundle(scope, created));
  }

  static Map<String, Object> bundle(ExportScope scope, Instant created) {
    String now = TIMESTAMP.format(created.truncatedTo(ChronoUnit.MILLIS));
    Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
    Map<String, Set<String>> reportRefs = new LinkedHashMap<>();
    for (Event event : scope.events()) {
      String source = actor(objects, event.source(), now);
      String target = actor(objects, event.target(), now);
      String relationship = relationship(objects, event, source, target, now);
      Set<String> refs = reportRefs.computeIfAbsent(event.doc(), doc -> new LinkedHashSet<>());
      refs.add(source);
      refs.add(target);
      refs.add(relationship);
      for (EventActor actor : List.of(event.source(), event.target())) {
        if (actor.person() != null) {
          refs.add(person(objects, actor, now));
        }
      }
    }
    reportRefs.forEach((doc, refs) -> report(objects, scope.documents().get(doc), refs, now));
    for (EventCluster cluster : scope.clusters()) {
      List<Event> members = scope.members(cluster);
      if (!members.isEmpty()) {
        grouping(objects, cluster, members, now);
      }
    }
    Map<String, Object> bundle = new LinkedHashMap<>();
    bundle.put("type", "bundle");
    bundle.put("id", StixIds.of("bundle", String.join(",", objects.keySet())));
    bundle.put("objects", new ArrayList<>(objects.values()));
    return bundle;
  }

  private static String actor(Map<String, Map<String, Object>> objects, EventActor actor, String now) {
    ExportedActor exported = ExportedActor.of(actor);
    boolean group = exported.kind() == ExportedActor.Kind.ARMED_GROUP;
    String type = group ? "threat-actor" : "identity";
    String id = StixIds.of(type, "actor:" + exported.code());
    objects.computeIfAbsent(id, key -> {
      Map<String, Object> object = common(type, id, now);
      object.put("name", exported.name() + (exported.code().length() > 3 && !group ? " (" + exported.code() + ")" : ""));
      object.put("description", "CAMEO actor code " + exported.code());
      if (group) {
        object.put("threat_actor_types", List.of(exported.code().startsWith("IMG") ? "terrorist" : "unknown"));
      } else {
        object.put("identity_class", "organization");
        if (exported.kind() == ExportedActor.Kind.STATE || exported.kind() == ExportedActor.Kind.STATE_ORGAN) {
          object.put("sectors", List.of("government-national"));
        }
      }
      return object;
    });
    return id;
  }

  private static String person(Map<String, Map<String, Object>> objects, EventActor actor, String now) {
    String id = StixIds.of("identity", "person:" + actor.person());
    objects.computeIfAbsent(id, key -> {
      Map<String, Object> object = common("identity", id, now);
      object.put("name", actor.person());
      object.put("identity_class", "individual");
      object.put("description", "Acts for " + actor.name() + " (" + actor.code() + ")");
      return object;
    });
    return id;
  }

  private static String relationship(Map<String, Map<String, Object>> objects, Event event, String source, String target,
      String now) {
    String id = StixIds.of("relationship", "event:" + event.id());
    boolean targets = source.startsWith("threat-actor--") && target.startsWith("identity--")
        && Integer.valueOf(4).equals(event.quad());
    Map<String, Object> object = common("relationship", id, now);
    object.put("relationship_type", targets ? "targets" : "related-to");
    object.put("source_ref", source);
    object.put("target_ref", target);
    object.put("description", String.format(Locale.ROOT, "CAMEO %s (Goldstein %s, QuadClass %s): %s", event.code(),
        event.goldstein(), event.quad(), event.sentence().text()));
    if (event.date() != null) {
      object.put("start_time", TIMESTAMP.format(event.date().atStartOfDay(ZoneOffset.UTC)));
    }
    object.put("confidence", (int) Math.round(event.confidence() * 100));
    object.put("external_references", List.of(Map.of("source_name", "dyad-event", "external_id", event.id())));
    objects.put(id, object);
    return id;
  }

  private static void report(Map<String, Map<String, Object>> objects, Document document, Set<String> refs, String now) {
    String id = StixIds.of("report", "document:" + document.id());
    Map<String, Object> object = common("report", id, now);
    object.put("name", document.title());
    object.put("report_types", List.of("threat-actor"));
    LocalDate date = document.date();
    object.put("published", date == null ? now : TIMESTAMP.format(date.atStartOfDay(ZoneOffset.UTC)));
    object.put("object_refs", new ArrayList<>(refs));
    Map<String, Object> reference = new LinkedHashMap<>();
    reference.put("source_name", "dyad-document");
    reference.put("external_id", document.id());
    reference.put("description", document.outlet() + ": " + document.path());
    object.put("external_references", List.of(reference));
    objects.put(id, object);
  }

  private static void grouping(Map<String, Map<String, Object>> objects, EventCluster cluster, List<Event> members,
      String now) {
    String id = StixIds.of("grouping", "cluster:" + cluster.id());
    Map<String, Object> object = common("grouping", id, now);
    object.put("name", "Event cluster " + cluster.id() + ": " + cluster.source() + " → " + cluster.target() + ", CAMEO root "
        + cluster.root());
    object.put("description", String.format(Locale.ROOT, "One real-world event reported %d times by %d outlets, %s to %s",
        cluster.mentions(), cluster.outlets(), cluster.firstDate(), cluster.lastDate()));
    object.put("context", "unspecified");
    object.put("object_refs", members.stream().map(event -> StixIds.of("relationship", "event:" + event.id())).toList());
    if (cluster.confidence() != null) {
      object.put("confidence", (int) Math.round(cluster.confidence() * 100));
    }
    object.put("external_references", List.of(Map.of("source_name", "dyad-cluster", "external_id", cluster.id())));
    objects.put(id, object);
  }

  private static Map<String, Object> common(String type, String id, String now) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("type", type);
    object.put("spec_version", "2.1");
    object.put("id", id);
    object.put("created", now);
    object.put("modified", now);
    return object;
  }
}
