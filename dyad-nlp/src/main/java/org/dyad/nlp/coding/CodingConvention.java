package org.dyad.nlp.coding;

/**
 * How strictly the coder follows CAMEO's own codebook where PETRARCH-2 did not.
 *
 * <p>{@link #CAMEO} codes an act announced rather than done as CAMEO does ("Finland will give
 * Tanzania a grant" is an intent to provide aid, 033, not aid, 07; see {@link IntentCodes}): the
 * convention of the CAMEO manual's examples and of Dyad's own dictionary. {@link #PETRARCH} codes the
 * act's verb as PETRARCH-2 does, whatever its modality: the convention its dictionaries and
 * validation records were written for, used when a user brings PETRARCH-format verb dictionaries.
 */
public enum CodingConvention {
  CAMEO,
  PETRARCH
}
