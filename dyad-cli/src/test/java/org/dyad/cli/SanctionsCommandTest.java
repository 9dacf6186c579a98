package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.json.DyadJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad sanctions} as a user runs it, on a three-entity list written for the test. */
class SanctionsCommandTest {

  private static final String SDN = "101,\"HADDAD, Karim Abdel Aziz\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
      + "\"DOB 1975; nationality Syria.\"\r\n"
      + "102,\"NORTHERN STAR SHIPPING\",-0- ,\"IFSR\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
      + "103,\"QASIM, Naim\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1953.\"\r\n"
      + "104,\"BROKEN\r\n\u001A";
  private static final String ALT = "101,1,\"aka\",\"AL-HADDAD, Kareem\",-0- \r\n\u001A";

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private Run dyad(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--workspace", dir.resolve("ws").toString()));
    all.addAll(List.of(args));
    int exit = DyadCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  private Path list(String name, boolean withAliases) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    Files.writeString(folder.resolve("sdn.csv"), SDN, StandardCharsets.US_ASCII);
    if (withAliases) {
      Files.writeString(folder.resolve("alt.csv"), ALT, StandardCharsets.US_ASCII);
    }
    return folder;
  }

  @Test
  void importMatchJudgeAndReimport() throws Exception {
    assertThat(dyad("sanctions", "match", "Kareem Haddad").exit()).as("no workspace yet").isEqualTo(1);

    Run imported = dyad("sanctions", "import", list("2021", true).toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("3 entities (version 1): 3 added, 0 removed, 0 changed");
    assertThat(imported.err()).contains("warning: sdn.csv:4:");

    Run match = dyad("sanctions", "match", "Kareem al-Haddad", "--json");
    assertThat(match.exit()).as(match.err()).isZero();
    JsonNode best = DyadJson.mapper().readTree(match.out()).get("candidates").get(0);
    assertThat(best.get("entity").asLong()).isEqualTo(101);
    assertThat(best.get("matched_name").asText()).isEqualTo("AL-HADDAD, Kareem");
    assertThat(best.get("score").asDouble()).isEqualTo(1.0);
    assertThat(best.get("explanation")).isNotEmpty();
    assertThat(best.get("explanation").get(0).has("contribution")).isTrue();

    Run table = dyad("sanctions", "match", "Naim Qassem", "--dob", "1953");
    assertThat(table.out()).contains("103").contains("1953 is listed");

    assertThat(dyad("sanctions", "judge", "101", "Kareem Haddad", "match").exit()).isZero();
    Run unknown = dyad("sanctions", "judge", "999", "Kareem Haddad", "match");
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err().strip().lines()).hasSize(1);
    assertThat(dyad("sanctions", "judge", "101", "x", "perhaps").err()).contains("match, not-a-match or unsure");

    Run again = dyad("sanctions", "import", list("2024", false).toString());
    assertThat(again.out()).contains("version 2): 0 added, 0 removed, 0 changed").contains("aliases already known are kept");
    assertThat(dyad("sanctions", "match", "Kareem al-Haddad", "--json").out()).contains("AL-HADDAD, Kareem");

    JsonNode history = DyadJson.mapper().readTree(dyad("sanctions", "history", "--json").out());
    assertThat(history.get("imports")).hasSize(2);
    assertThat(history.get("imports").get(0).get("changes").get("added")).hasSize(3);
  }

  @Test
  void xrefOnAWorkspaceWithoutNamesSaysWhereNamesComeFrom() throws Exception {
    dyad("sanctions", "import", list("2021", true).toString());
    Run xref = dyad("sanctions", "xref");
    assertThat(xref.exit()).as(xref.err()).isZero();
    assertThat(xref.out()).contains("Checked 0 names").contains("dyad actors --discover");
    JsonNode json = DyadJson.mapper().readTree(dyad("sanctions", "xref", "--json").out());
    assertThat(json.get("matches")).isEmpty();
    assertThat(json.get("occurrences").asInt()).isZero();
  }

  @Test
  void hostileOrMissingListsAreOneLineErrors() throws Exception {
    Path xxe = Files.writeString(dir.resolve("xxe.xml"),
        "<?xml version=\"1.0\"?><!DOCTYPE sdnList [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><sdnList>&x;</sdnList>");
    Run refused = dyad("sanctions", "import", xxe.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("refused").doesNotContain("root:");
    assertThat(refused.err().strip().lines()).hasSize(1);
    assertThat(dyad("sanctions", "import", dir.resolve("nothing").toString()).err()).contains("does not exist");
    assertThat(dyad("sanctions", "match").exit()).as("a missing NAME is a usage error").isEqualTo(2);
  }
}
