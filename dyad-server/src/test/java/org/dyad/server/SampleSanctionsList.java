package org.dyad.server;

import java.io.IOException;
import java.util.List;
import org.dyad.core.sanctions.EntityKind;
import org.dyad.core.sanctions.ListChanges;
import org.dyad.core.sanctions.SanctionsAlias;
import org.dyad.core.sanctions.SanctionsEntity;
import org.dyad.store.Workspace;

/** A two-entity sanctions list written by hand, for the sanctions route and page. */
final class SampleSanctionsList {

  static final List<SanctionsEntity> ENTITIES = List.of(
      new SanctionsEntity(7, "NASRALLAH, Hasan", EntityKind.PERSON, List.of("SDGT"), null,
          List.of(new SanctionsAlias("NASRALLAH, Hassan", "aka", false)), List.of(), List.of("LB"), List.of("31 Aug 1960"),
          List.of(), List.of(), List.of(), null),
      new SanctionsEntity(12, "AL QAIDA", EntityKind.ORGANISATION, List.of("SDGT"), null,
          List.of(new SanctionsAlias("AL-QA'IDA", "aka", false)), List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of(), null));

  private SampleSanctionsList() {}

  static void importInto(Workspace workspace) throws IOException {
    workspace.sanctions().replace("test list", ENTITIES, new ListChanges(List.of(7L, 12L), List.of(), List.of()));
  }
}
