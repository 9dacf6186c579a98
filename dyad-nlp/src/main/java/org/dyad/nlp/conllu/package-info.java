/**
 * Parsed sentences stored as <a href="https://universaldependencies.org/format.html">CoNLL-U</a>,
 * the Universal Dependencies text format, so a document is parsed once and coded many times. Dyad
 * keeps the Penn tag in XPOS and each word's document offsets in MISC (columns are separated by
 * tabs):
 *
 * <pre>
 * # sent_id = d41d8c-3
 * # text = Iran's envoy met Assad.
 * 1  Iran  Iran  _  NNP  _  3  nmod:poss  _  Start=120|End=124
 * 2  's    's    _  POS  _  1  case       _  Start=124|End=126
 * </pre>
 *
 * <p>The reader also takes CoNLL-U from other tools, which has no offsets.
 */
package org.dyad.nlp.conllu;
