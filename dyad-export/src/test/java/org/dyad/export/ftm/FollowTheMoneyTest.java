package org.dyad.export.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.json.DyadJson;
import org.dyad.export.ExportFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FollowTheMoneyTest {

  private static JsonNode schemata;

  @BeforeAll
  static void readSchemata() throws Exception {
    try (InputStream in = FollowTheMoneyTest.class.getResourceAsStream("/org/dyad/export/ftm-schemata.json")) {
      schemata = DyadJson.mapper().readTree(in);
    }
  }

  @Test
  void everyEntityFollowsTheModelAndEveryReferenceResolves() throws Exception {
    StringWriter out = new StringWriter();
    long written = FollowTheMoney.write(ExportFixtures.scope(), out);

    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize((int) written);
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      assertThat(ids.add(DyadJson.mapper().readTree(line).get("id").asText())).as("unique id").isTrue();
    }
    for (String line : lines) {
      JsonNode entity = DyadJson.mapper().readTree(line);
      JsonNode schema = schemata.get(entity.get("schema").asText());
      assertThat(schema).as("schema of %s", line).isNotNull();
      for (Iterator<Map.Entry<String, JsonNode>> it = entity.get("properties").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> property = it.next();
        JsonNode type = schema.get(property.getKey());
        assertThat(type).as("property %s of %s", property.getKey(), entity.get("schema")).isNotNull();
        assertThat(property.getValue().isArray()).isTrue();
        for (JsonNode value : property.getValue()) {
          checkValue(type.asText(), value.asText(), ids);
        }
      }
    }
  }

  private static void checkValue(String type, String value, Set<String> ids) {
    switch (type) {
      case "entity" -> assertThat(ids).as("reference").contains(value);
      case "date" -> assertThat(value).matches("\\d{4}-\\d{2}-\\d{2}");
      case "country" -> assertThat(value).matches("[a-z]{2}");
      case "language" -> assertThat(value).matches("[a-z]{3}");
      default -> assertThat(value).isNotBlank();
    }
  }

  @Test
  void eachEventKeepsItsProvenance() {
    List<FtmEntity> entities = FollowTheMoney.entities(ExportFixtures.scope());

    FtmEntity attack = entities.stream()
        .filter(e -> e.schema().equals("Event") && e.properties().get("description").getFirst().startsWith("CAMEO 190"))
        .findFirst().orElseThrow();
    assertThat(attack.properties().get("proof")).containsExactly("dyad-doc-" + ExportFixtures.TREASURY);
    assertThat(attack.properties().get("summary")).containsExactly("Al-Qaeda attacked the United States.");
    assertThat(attack.properties().get("involved")).containsExactly("dyad-actor-imgmusalq", "dyad-actor-usa");
    assertThat(entities).filteredOn(e -> e.schema().equals("Documentation")).hasSize(6);
  }

  @Test
  void anEventClusterIsAnEventSpanningItsReportsWithTheirDocumentsAsProof() {
    List<FtmEntity> entities = FollowTheMoney.entities(ExportFixtures.scope());
    String id = ExportFixtures.scope().clusters().getFirst().id();

    FtmEntity cluster = entity(entities, "dyad-cluster-" + id);
    assertThat(cluster.schema()).isEqualTo("Event");
    assertThat(cluster.properties().get("startDate")).containsExactly("2011-07-27");
    assertThat(cluster.properties().get("endDate")).containsExactly("2011-07-28");
    assertThat(cluster.properties().get("proof")).containsExactly("dyad-doc-" + ExportFixtures.TREASURY);
    assertThat(cluster.properties().get("recordId")).containsExactly(id);
    assertThat(cluster.properties().get("description").getFirst()).contains("2 reports from 2 outlets; confidence 0.64")
        .contains("ffffffffffffffff");
  }

  @Test
  void statesAreCountriesPublicBodiesGroupsOrganisationsAndPeopleMembers() {
    List<FtmEntity> entities = FollowTheMoney.entities(ExportFixtures.scope());

    assertThat(entity(entities, "dyad-actor-usagov").schema()).isEqualTo("PublicBody");
    assertThat(entity(entities, "dyad-actor-usagov").properties().get("country")).containsExactly("us");
    assertThat(entity(entities, "dyad-actor-imgmusalq").schema()).isEqualTo("Organization");
    assertThat(entity(entities, "dyad-person-mohammad-khatami").properties().get("nationality")).containsExactly("ir");
    assertThat(entities).filteredOn(e -> e.schema().equals("Membership")).singleElement()
        .satisfies(m -> assertThat(m.properties().get("organization")).containsExactly("dyad-actor-irngov"));
  }

  @Test
  void theSameScopeExportsTheSameEntities() {
    assertThat(FollowTheMoney.entities(ExportFixtures.scope())).isEqualTo(FollowTheMoney.entities(ExportFixtures.scope()));
  }

  private static FtmEntity entity(List<FtmEntity> entities, String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
