package org.dyad.export.ftm;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import org.dyad.core.analysis.EventCluster;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.event.Event;
import org.dyad.core.event.EventActor;
import org.dyad.core.json.DyadJson;
import org.dyad.core.model.Document;
import org.dyad.export.ExportScope;
import org.dyad.export.ExportedActor;

/**
 * Dyad's events as FollowTheMoney entities, one JSON object a line, for Aleph, OpenSanctions'
 * tooling and other FtM consumers. Every fact keeps its provenance: each {@code Event} entity has the
 * document it was read from as {@code proof}, its sentence as {@code summary} and Dyad's event id as
 * {@code recordId}; each actor is tied to the documents that name it by {@code Documentation}
 * entities whose {@code summary} is the words as written; a person acting for an actor is a
 * {@code Person} with a {@code Membership} of it.
 *
 * <p>An event cluster — one real-world event reported by several documents — is an {@code Event}
 * too, spanning its reports' dates ({@code startDate}, {@code endDate}), with every document of its
 * reports in the scope as {@code proof}, its cluster id as {@code recordId}, and its reports, outlets,
 * confidence and member event ids in {@code description}.
 *
 * <p>Schemata used: Document, PublicBody (states and their organs), Organization (IGOs, groups),
 * Person, Membership, Event, Documentation. Entity ids are derived from Dyad's own keys, so the same
 * workspace exports the same ids.
 */
public final class FollowTheMoney {

  private FollowTheMoney() {}

  /** The entities of the scope, documents first, then actors, people, events and documentation. */
  public static List<FtmEntity> entities(ExportScope scope) {
    Map<String, FtmEntity> entities = new LinkedHashMap<>();
    for (Event event : scope.events()) {
      Document document = scope.documents().get(event.doc());
      entities.computeIfAbsent(documentId(document.id()), id -> document(id, document));
    }
    for (Event event : scope.events()) {
      for (EventActor actor : List.of(event.source(), event.target())) {
        entities.computeIfAbsent(actorId(actor.code()), id -> actor(id, ExportedActor.of(actor)));
        if (actor.person() != null) {
          entities.computeIfAbsent(personId(actor.person()), id -> person(id, actor));
          String membership = "dyad-membership-" + slug(actor.person()) + "-" + actor.code().toLowerCase(Locale.ROOT);
          entities.computeIfAbsent(membership, id -> new FtmEntity(id, "Membership", Map.of(
              "member", List.of(personId(actor.person())), "organization", List.of(actorId(actor.code())))));
        }
      }
    }
    for (Event event : scope.events()) {
      entities.put(eventId(event.id()), event(event));
      documentation(entities, event, event.source(), "source");
      documentation(entities, event, event.target(), "target");
    }
    for (EventCluster cluster : scope.clusters()) {
      List<Event> members = scope.members(cluster);
      if (!members.isEmpty()) {
        entities.put(clusterId(cluster.id()), cluster(cluster, members));
      }
    }
    return new ArrayList<>(entities.values());
  }

  /** Writes the entities as JSON Lines; returns how many were written. */
  public static long write(ExportScope scope, Writer out) throws IOException {
    long written = 0;
    for (FtmEntity entity : entities(scope)) {
      out.write(DyadJson.write(entity));
      out.write('\n');
      written++;
    }
    out.flush();
    return written;
  }

  private static FtmEntity document(String id, Document document) {
    Map<String, List<String>> properties = new LinkedHashMap<>();
    properties.put("title", List.of(document.title()));
    properties.put("fileName", List.of(document.fileName()));
    properties.put("mimeType", List.of(document.mimeType()));
    properties.put("publisher", List.of(document.outlet()));
    properties.put("date", document.date() == null ? List.of() : List.of(document.date().toString()));
    properties.put("author", document.author() == null ? List.of() : List.of(document.author()));
    properties.put("language", document.language() == null ? List.of() : List.of(iso639Part2(document.language())));
    properties.put("recordId", List.of(document.id()));
    return new FtmEntity(id, "Document", properties);
  }

  private static FtmEntity actor(String id, ExportedActor actor) {
    String schema = switch (actor.kind()) {
      case STATE, STATE_ORGAN -> "PublicBody";
      case IGO, ARMED_GROUP, ORGANISATION -> "Organization";
    };
    Map<String, List<String>> properties = new LinkedHashMap<>();
    properties.put("name", List.of(actor.code().length() > 3 && actor.kind() == ExportedActor.Kind.STATE_ORGAN
        ? actor.name() + " (" + actor.code() + ")" : actor.name()));
    properties.put("country", actor.country() == null ? List.of() : List.of(actor.country()));
    properties.put("description", List.of("CAMEO actor code " + actor.code()));
    return new FtmEntity(id, schema, properties);
  }

  private static FtmEntity person(String id, EventActor actor) {
    ExportedActor of = ExportedActor.of(actor);
    return new FtmEntity(id, "Person", Map.of("name", List.of(actor.person()),
        "nationality", of.country() == null ? List.of() : List.of(of.country())));
  }

  private static FtmEntity event(Event event) {
    String what = CameoOntology.cameo().find(event.code()).map(c -> c.description()).orElse("CAMEO " + event.code());
    Map<String, List<String>> properties = new LinkedHashMap<>();
    properties.put("name", List.of(event.source().name() + " → " + event.target().name() + ": " + what));
    properties.put("date", event.date() == null ? List.of() : List.of(event.date().toString()));
    properties.put("summary", List.of(event.sentence().text()));
    properties.put("description", List.of(String.format(Locale.ROOT,
        "CAMEO %s; Goldstein %s; QuadClass %s; rule %s; confidence %.2f", event.code(), event.goldstein(),
        event.quad(), event.rule(), event.confidence())));
    properties.put("organizer", List.of(actorId(event.source().code())));
    properties.put("involved", List.of(actorId(event.source().code()), actorId(event.target().code())));
    properties.put("proof", List.of(documentId(event.doc())));
    properties.put("recordId", List.of(event.id()));
    return new FtmEntity(eventId(event.id()), "Event", properties);
  }

  private static FtmEntity cluster(EventCluster cluster, List<Event> members) {
    String what = CameoOntology.cameo().find(cluster.root()).map(c -> c.description()).orElse("CAMEO root " + cluster.root());
    Set<String> involved = new LinkedHashSet<>();
    Set<String> proof = new LinkedHashSet<>();
    for (Event event : members) {
      involved.add(actorId(event.source().code()));
      involved.add(actorId(event.target().code()));
      proof.add(documentId(event.doc()));
    }
    Map<String, List<String>> properties = new LinkedHashMap<>();
    properties.put("name", List.of(cluster.source() + " → " + cluster.target() + ": " + what + " (event cluster)"));
    properties.put("startDate", cluster.firstDate() == null ? List.of() : List.of(cluster.firstDate().toString()));
    properties.put("endDate", cluster.lastDate() == null ? List.of() : List.of(cluster.lastDate().toString()));
    properties.put("description", List.of(String.format(Locale.ROOT,
        "Event cluster of CAMEO root %s: %d reports from %d outlets; confidence %s; events %s", cluster.root(),
        cluster.mentions(), cluster.outlets(), cluster.confidence() == null ? "not rated"
            : String.format(Locale.ROOT, "%.2f", cluster.confidence()), String.join(" ", cluster.eventIds()))));
    properties.put("involved", List.copyOf(involved));
    properties.put("proof", List.copyOf(proof));
    properties.put("recordId", List.of(cluster.id()));
    return new FtmEntity(clusterId(cluster.id()), "Event", properties);
  }

  private static void documentation(Map<String, FtmEntity> entities, Event event, EventActor actor, String role) {
    String id = "dyad-documentation-" + event.id() + "-" + role;
    entities.put(id, new FtmEntity(id, "Documentation", Map.of(
        "document", List.of(documentId(event.doc())),
        "entity", List.of(actorId(actor.code())),
        "role", List.of(role + " of event " + event.id()),
        "summary", List.of(actor.text()),
        "date", event.date() == null ? List.of() : List.of(event.date().toString()))));
  }

  static String documentId(String doc) {
    return "dyad-doc-" + doc;
  }

  static String actorId(String code) {
    return "dyad-actor-" + code.toLowerCase(Locale.ROOT);
  }

  static String personId(String name) {
    return "dyad-person-" + slug(name);
  }

  static String eventId(String id) {
    return "dyad-event-" + id;
  }

  static String clusterId(String id) {
    return "dyad-cluster-" + id;
  }

  private static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
  }

  /** FollowTheMoney writes languages as ISO 639-2 codes ({@code eng}); Dyad stores ISO 639-1 ({@code en}). */
  private static String iso639Part2(String language) {
    try {
      return Locale.of(language).getISO3Language();
    } catch (MissingResourceException e) {
      return language;
    }
  }
}
