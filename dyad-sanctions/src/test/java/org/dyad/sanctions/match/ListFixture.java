package org.dyad.sanctions.match;

import java.util.List;
import org.dyad.core.sanctions.EntityKind;
import org.dyad.core.sanctions.SanctionsAlias;
import org.dyad.core.sanctions.SanctionsEntity;

/** A hand-made list of a few entities whose right answers can be checked by hand. */
public final class ListFixture {

  private ListFixture() {}

  public static SanctionsEntity person(long number, String name, List<String> aliases, List<String> birthDates,
      List<String> nationalities) {
    return new SanctionsEntity(number, name, EntityKind.PERSON, List.of("SDGT"), "",
        aliases.stream().map(alias -> new SanctionsAlias(alias, "aka", false)).toList(), List.of(), nationalities,
        birthDates, List.of(), List.of(), List.of(), "");
  }

  public static SanctionsEntity organisation(long number, String name) {
    return new SanctionsEntity(number, name, EntityKind.ORGANISATION, List.of("SDGT"), "", List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), "");
  }

  public static List<SanctionsEntity> entities() {
    return List.of(
        person(12841, "KHALIL, Ezedin Abdel Aziz", List.of("AL-SURI, Yasin", "AL-SURI, Yaseen"), List.of("1982"), List.of("Syria")),
        person(2686, "NASRALLAH, Hasan", List.of(), List.of("31 Aug 1960"), List.of("Lebanon")),
        person(2676, "AL ZAWAHIRI, Dr. Ayman", List.of(), List.of("19 Jun 1951"), List.of("Egypt")),
        person(10481, "SOLEIMANI, Qasem", List.of(), List.of("11 Mar 1957"), List.of("Iran")),
        person(22113, "'ALI, Muhammad", List.of(), List.of(), List.of()),
        person(24514, "QASIM, Naim", List.of("QASSEM, Naim"), List.of("1953"), List.of("Lebanon")),
        organisation(4697, "HIZBALLAH"),
        organisation(6366, "AL QA'IDA"));
  }
}
