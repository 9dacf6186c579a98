package org.dyad.export.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.json.DyadJson;
import org.dyad.export.ExportFixtures;
import org.junit.jupiter.api.Test;

/** Checks the bundle against the STIX 2.1 rules for the objects it uses (common and required properties, vocabularies, references). */
class StixBundleTest {

  private static final Instant NOW = Instant.parse("2026-11-29T06:00:00.123456Z");
  private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
  private static final Set<String> IDENTITY_CLASSES = Set.of("individual", "group", "system", "organization", "class", "unknown");

  private static JsonNode bundle() throws Exception {
    return DyadJson.mapper().readTree(StixBundle.json(ExportFixtures.scope(), NOW));
  }

  @Test
  void everyObjectCarriesTheCommonPropertiesAndValidReferences() throws Exception {
    JsonNode bundle = bundle();
    assertThat(bundle.get("type").asText()).isEqualTo("bundle");
    assertThat(bundle.get("id").asText()).matches("bundle--[0-9a-f-]{36}");
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode object : bundle.get("objects")) {
      String type = object.get("type").asText();
      assertThat(object.get("spec_version").asText()).isEqualTo("2.1");
      assertThat(object.get("id").asText()).matches(type + "--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
      assertThat(object.get("created").asText()).matches(TIMESTAMP).isEqualTo("2026-11-29T06:00:00.123Z");
      assertThat(object.get("modified").asText()).matches(TIMESTAMP);
      assertThat(byId.put(object.get("id").asText(), object)).as("unique id").isNull();
    }
    for (JsonNode object : byId.values()) {
      switch (object.get("type").asText()) {
        case "identity" -> {
          assertThat(object.get("name").asText()).isNotBlank();
          assertThat(IDENTITY_CLASSES).contains(object.get("identity_class").asText());
        }
        case "threat-actor" -> assertThat(object.get("name").asText()).isNotBlank();
        case "relationship" -> {
          assertThat(object.get("relationship_type").asText()).isIn("targets", "related-to");
          assertThat(byId).containsKeys(object.get("source_ref").asText(), object.get("target_ref").asText());
          assertThat(object.get("confidence").asInt()).isBetween(0, 100);
        }
        case "report" -> {
          assertThat(object.get("published").asText()).matches(TIMESTAMP);
          assertThat(object.get("object_refs").size()).isPositive();
          object.get("object_refs").forEach(ref -> assertThat(byId).containsKey(ref.asText()));
          assertThat(object.get("external_references").get(0).get("source_name").asText()).isEqualTo("dyad-document");
        }
        case "grouping" -> {
          assertThat(object.get("context").asText()).isNotBlank();
          assertThat(object.get("object_refs").size()).isPositive();
          object.get("object_refs").forEach(ref -> assertThat(byId.get(ref.asText()).get("type").asText()).isEqualTo("relationship"));
          assertThat(object.get("confidence").asInt()).isBetween(0, 100);
        }
        default -> throw new AssertionError("unexpected STIX type " + object.get("type"));
      }
    }
  }

  @Test
  void aGroupsMaterialAttackOnAStateTargetsItAndOtherEventsAreRelated() throws Exception {
    Map<String, Integer> types = new HashMap<>();
    for (JsonNode object : bundle().get("objects")) {
      if (object.get("type").asText().equals("relationship")) {
        types.merge(object.get("relationship_type").asText(), 1, Integer::sum);
      }
      if (object.get("type").asText().equals("threat-actor")) {
        assertThat(object.get("name").asText()).isEqualTo("al-Qaeda");
      }
    }
    assertThat(types).containsEntry("targets", 1).containsEntry("related-to", 2);
  }

  @Test
  void anEventClusterGroupsTheRelationshipsOfItsReportsInTheScope() throws Exception {
    List<JsonNode> groupings = new ArrayList<>();
    bundle().get("objects").forEach(object -> {
      if (object.get("type").asText().equals("grouping")) {
        groupings.add(object);
      }
    });

    assertThat(groupings).singleElement().satisfies(grouping -> {
      assertThat(grouping.get("object_refs")).hasSize(1);
      assertThat(grouping.get("confidence").asInt()).isEqualTo(64);
      assertThat(grouping.get("description").asText()).contains("reported 2 times by 2 outlets");
      assertThat(grouping.get("external_references").get(0).get("external_id").asText())
          .isEqualTo(ExportFixtures.scope().clusters().getFirst().id());
    });
  }

  @Test
  void theSameScopeGivesTheSameIds() {
    assertThat(StixBundle.json(ExportFixtures.scope(), NOW)).isEqualTo(StixBundle.json(ExportFixtures.scope(), NOW));
    assertThat(StixIds.uuid5("x").version()).isEqualTo(5);
  }
}
