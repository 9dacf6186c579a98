package org.dyad.nlp.coding;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dyad.core.event.CameoOntology;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Word;
import org.dyad.nlp.eval.suite.SuiteReader;
import org.dyad.nlp.eval.suite.SuiteRecord;
import org.dyad.nlp.eval.suite.ValidationSuite;
import org.dyad.nlp.resolve.ActorDictionaries;
import org.dyad.nlp.resolve.DictionaryActorResolver;
import org.dyad.nlp.resolve.OfficeLookup;
import org.dyad.nlp.verbs.PetrarchVerbReader;
import org.dyad.nlp.verbs.VerbDictionary;

/** Development aid: prints what the coder sees and does on chosen records of a suite. Not a test. */
public final class SuiteDebugMain {

  public static void main(String[] args) throws Exception {
    ValidationSuite suite = new SuiteReader().read(Path.of(args[0]));
    Set<String> ids = Set.of(args).stream().skip(0).collect(java.util.stream.Collectors.toSet());
    var env = suite.environment();
    VerbDictionary verbs = PetrarchVerbReader.read(env.verbFile()).dictionary();
    DictionaryActorResolver resolver = new DictionaryActorResolver(
        ActorDictionaries.files("suite", env.actorFiles(), env.agentFile()), OfficeLookup.NONE);
    org.dyad.nlp.verbs.PicoOntology pico = env.picoFile() == null ? null
        : org.dyad.nlp.verbs.PicoOntology.read(env.picoFile()).dictionary();
    // as SuiteEvaluation codes a suite
    DependencyEventCoder coder = new DependencyEventCoder(verbs, CameoOntology.cameo(), pico, CodingConvention.PETRARCH);
    PatternMatcher matcher = new PatternMatcher(verbs);
    for (SuiteRecord record : suite.records()) {
      if (!ids.contains(record.id()) || record.parse() == null) {
        continue;
      }
      System.out.println("== " + record.id() + " expected " + record.expected());
      System.out.println(record.text());
      for (Word w : record.parse().words()) {
        System.out.printf("  %d %s %s %s %d %s%n", w.index(), w.form(), w.lemma(), w.pos(), w.head(), w.relation());
      }
      List<Mention> mentions = resolver.resolve(List.of(record.sentence()), record.date());
      mentions.forEach(m -> System.out.println("  mention " + m.text() + " " + m.code() + " [" + m.rule() + "]"));
      Dependencies tree = new Dependencies(record.parse());
      for (Predicate p : new PredicateFinder(tree).predicates()) {
        System.out.println("  predicate " + tree.form(p.verb()) + " " + p + " -> " + matcher.match(tree, p).map(VerbMatch::rule).orElse("-"));
      }
      coder.code(record.parse(), mentions, record.date()).forEach(e ->
          System.out.println("  EVENT " + e.source().code() + " " + e.target().code() + " " + e.code() + " " + e.rule()));
    }
  }
}
