package org.dyad.nlp.coding;

import java.nio.file.Path;
import java.util.List;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.nlp.eval.PloverRecord;
import org.dyad.nlp.eval.PloverRecords;
import org.dyad.nlp.parse.CoreNlpSentenceParser;
import org.dyad.nlp.resolve.ActorDictionaries;
import org.dyad.nlp.resolve.DictionaryActorResolver;
import org.dyad.nlp.resolve.OfficeLookup;
import org.dyad.nlp.verbs.VerbDictionaries;
import org.dyad.nlp.verbs.VerbDictionary;

/** Development aid: what the coder sees on PLOVER records at the given ODD positions. Not a test. */
public final class PloverDebugMain {

  public static void main(String[] args) throws Exception {
    PloverRecords records = PloverRecords.read(Path.of(args[0]));
    VerbDictionary verbs = VerbDictionaries.defaults().dictionary();
    DictionaryActorResolver resolver = new DictionaryActorResolver(ActorDictionaries.defaults(), OfficeLookup.defaults());
    PatternMatcher matcher = new PatternMatcher(verbs);
    CoreNlpSentenceParser parser = new CoreNlpSentenceParser();
    for (int i = 1; i < args.length; i++) {
      int position = Integer.parseInt(args[i]);
      if (position % 2 == 0) {
        throw new IllegalArgumentException("development looks at odd positions only");
      }
      PloverRecord record = records.records().get(position - 1);
      System.out.println("== " + position + " " + record.event() + " " + record.sources() + " -> " + record.targets());
      System.out.println(record.text());
      List<Sentence> sentences = parser.split(record.id(), record.text());
      List<Mention> mentions = resolver.resolve(sentences, record.date());
      mentions.forEach(m -> System.out.println("  mention " + m.text() + " " + m.code() + " [" + m.rule() + "]"));
      for (Sentence sentence : sentences) {
        ParsedSentence parsed = parser.parse(sentence);
        Dependencies tree = new Dependencies(parsed);
        for (Predicate p : new PredicateFinder(tree).predicates()) {
          System.out.println("  " + tree.word(p.verb()).form() + "/" + tree.lemma(p.verb()) + " subj=" + p.subjects() + " obj="
              + p.objects() + " obl=" + p.obliques() + " -> " + matcher.match(tree, p).map(VerbMatch::rule).orElse("-"));
        }
      }
    }
  }
}
