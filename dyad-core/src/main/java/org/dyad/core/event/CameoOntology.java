package org.dyad.core.event;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO 1.1b3 event codes with their Goldstein scores and QuadClasses, from Dyad's own copy of
 * the published table ({@code cameo.tsv} beside this class).
 */
public final class CameoOntology {

  private static final String RESOURCE = "cameo.tsv";
  private static final CameoOntology DEFAULT = load();

  private final Map<String, CameoCode> codes;

  private CameoOntology(Map<String, CameoCode> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  /** The 311 codes of CAMEO 1.1b3. */
  public static CameoOntology cameo() {
    return DEFAULT;
  }

  /** The code's facts, or empty for a code CAMEO does not define (a test dictionary's own codes). */
  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  public Collection<CameoCode> codes() {
    return codes.values();
  }

  private static CameoOntology load() {
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    for (String[] fields : TabSeparatedResource.rows(CameoOntology.class, RESOURCE, 4)) {
      CameoCode code = new CameoCode(fields[0], Double.parseDouble(fields[1]), Integer.parseInt(fields[2]), fields[3]);
      codes.put(code.code(), code);
    }
    return new CameoOntology(codes);
  }
}
