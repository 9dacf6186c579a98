/**
 * The PETRARCH-style event-coding validation suites, read and used to score a coder.
 *
 * <ul>
 *   <li>{@link org.dyad.nlp.eval.suite.SuiteReader} reads a suite file ({@code
 *       PETR.UnitTest.records.xml}, {@code PETR_Validate_records_2_02.xml}, {@code
 *       PETR2_GSR_validation.xml}), none of which is well-formed XML, into a {@link
 *       org.dyad.nlp.eval.suite.ValidationSuite}: its {@link
 *       org.dyad.nlp.eval.suite.SuiteEnvironment} (dictionaries and included categories) and its
 *       {@link org.dyad.nlp.eval.suite.SuiteRecord}s, each with its text, its parse and the
 *       events it expects. CoNLL-U parses go through {@link org.dyad.nlp.conllu.ConlluReader};
 *       Penn Treebank ones through {@link org.dyad.nlp.eval.suite.TreebankConverter}, which
 *       derives Universal Dependencies with CoreNLP.
 *   <li>{@link org.dyad.nlp.eval.suite.SuiteScorer} runs any {@link
 *       org.dyad.nlp.eval.suite.SuiteCoder} on the counted records and returns a {@link
 *       org.dyad.nlp.eval.suite.SuiteScore}: records right, precision, recall and F1 over coded
 *       events and over their roots, per category, and per record for error analysis.
 * </ul>
 *
 * <p>Nothing here branches on a suite's name, file or record ids: the three files differ only
 * in what they contain.
 */
package org.dyad.nlp.eval.suite;
