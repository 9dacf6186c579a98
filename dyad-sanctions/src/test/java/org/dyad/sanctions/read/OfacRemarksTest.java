package org.dyad.sanctions.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.core.sanctions.SanctionsAlias;
import org.dyad.core.sanctions.SanctionsIdentifier;
import org.junit.jupiter.api.Test;

class OfacRemarksTest {

  @Test
  void readsTheLabelledPartsOfAPackedRemark() {
    OfacRemarks parts = OfacRemarks.parse("DOB 31 Aug 1960; alt. DOB 31 Aug 1953; POB Al Basuriyah, Lebanon; nationality"
        + " Lebanon; citizen Iran; Passport 042833 (Lebanon); alt. Passport 123; a.k.a. 'ABU HADI'; f.k.a. 'OLD NAME';"
        + " Secretary General of Hizballah; Linked To: HIZBALLAH.");
    assertThat(parts.birthDates()).containsExactly("31 Aug 1960", "31 Aug 1953");
    assertThat(parts.birthPlaces()).containsExactly("Al Basuriyah, Lebanon");
    assertThat(parts.nationalities()).containsExactly("Lebanon", "Iran");
    assertThat(parts.identifiers()).containsExactly(new SanctionsIdentifier("Passport", "042833", "Lebanon"),
        new SanctionsIdentifier("Passport", "123", ""));
    assertThat(parts.aliases()).containsExactly(new SanctionsAlias("ABU HADI", "aka", false),
        new SanctionsAlias("OLD NAME", "fka", false));
    assertThat(parts.linkedTo()).containsExactly("HIZBALLAH");
  }

  @Test
  void anAliasCutOffByTheFieldLimitIsStillRead() {
    assertThat(OfacRemarks.parse("Gender Male; a.k.a. 'snowsjo").aliases()).extracting(SanctionsAlias::name)
        .containsExactly("snowsjo");
  }

  @Test
  void anEmptyRemarkHasNoParts() {
    OfacRemarks parts = OfacRemarks.parse(null);
    assertThat(parts.birthDates()).isEmpty();
    assertThat(parts.aliases()).isEmpty();
  }
}
