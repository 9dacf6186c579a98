/**
 * Evaluation of actor resolution against gold data, in the manner of OpenNLP's {@code FMeasure}:
 * the evaluators take any {@link org.dyad.core.nlp.ActorResolver} and return immutable scores;
 * nothing here prints.
 *
 * <ul>
 *   <li>{@link org.dyad.nlp.eval.PloverRecords} reads the PLOVER gold-standard records
 *       ({@code PLOVER_GSR_CAMEO.txt}) and locates each gold actor's text in its sentence; {@link
 *       org.dyad.nlp.eval.Half} splits them into a development half (odd positions) and a
 *       report half (even positions) that only the evaluator should look at.
 *   <li>{@link org.dyad.nlp.eval.ActorResolutionEvaluator} scores span-and-root agreement on
 *       those records ({@link org.dyad.nlp.eval.ActorResolutionScore}).
 *   <li>{@link org.dyad.nlp.eval.AnswerKeyEvaluator} checks the actor codes of the project's own
 *       answer key, {@code sample-corpus/expected.jsonl} ({@link org.dyad.nlp.eval.AnswerKey}).
 *   <li>{@link org.dyad.nlp.eval.ActorResolutionReport} renders both scores as Markdown.
 *   <li>{@link org.dyad.nlp.eval.suite} reads PETRARCH's event-coding validation suites and scores
 *       an event coder on them.
 * </ul>
 *
 * <p>Codes are compared by their three-letter root after {@link org.dyad.nlp.eval.CameoRoot}
 * maps legacy and non-ISO country codes ({@code JAP}, {@code ITL}, {@code VTN}, {@code TMP}) to
 * one spelling, because the gold data and Dyad's dictionaries name some countries differently.
 */
package org.dyad.nlp.eval;
