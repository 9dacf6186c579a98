package org.dyad.nlp.annotate;

/**
 * What one run of the annotate stage did.
 *
 * @param documents documents annotated
 * @param sentences sentences split
 * @param parsed sentences the pre-filter sent to the parser
 * @param mentions actor mentions resolved
 * @param failed documents that could not be annotated (recorded as failures)
 */
public record AnnotationReport(long documents, long sentences, long parsed, long mentions, long failed) {

  /** The share of sentences the pre-filter spared the parser. */
  public double sparedShare() {
    return sentences == 0 ? 0 : 1.0 - (double) parsed / sentences;
  }
}
