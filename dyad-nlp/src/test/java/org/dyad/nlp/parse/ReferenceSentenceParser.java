package org.dyad.nlp.parse;

import edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.Word;

/**
 * The parse of {@link CoreNlpSentenceParser} as it was before it was optimised: a whole
 * tokenize, ssplit, pos, lemma pipeline on the sentence text, then {@link
 * DependencyParser#predict(CoreMap)} and its typed dependencies. The yardstick that the fast path
 * must match word for word.
 */
final class ReferenceSentenceParser {

  private final StanfordCoreNLP tagger = CoreNlpPipelines.build(
      "annotators", "tokenize,ssplit,pos,lemma",
      "tokenize.language", "en",
      "tokenize.options", "untokenizable=noneDelete",
      "ssplit.isOneSentence", "true",
      "ssplit.newlineIsSentenceBreak", "never");
  private final DependencyParser dependencyParser;

  ReferenceSentenceParser() {
    this(new Properties());
  }

  /** With extra dependency parser settings, for experiments such as {@code numCached}. */
  ReferenceSentenceParser(Properties parserSettings) {
    this.dependencyParser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, parserSettings);
  }

  ParsedSentence parse(Sentence sentence) {
    Optional<CoreMap> tagged = CoreNlpPipelines.annotateOneSentence(tagger, sentence.text());
    if (tagged.isEmpty()) {
      return new ParsedSentence(sentence, List.of());
    }
    CoreMap coreSentence = tagged.get();
    List<CoreLabel> tokens = coreSentence.get(TokensAnnotation.class);
    int[] heads = new int[tokens.size() + 1];
    String[] relations = new String[tokens.size() + 1];
    Arrays.fill(relations, CoreNlpSentenceParser.UNPARSED);
    if (tokens.size() <= CoreNlpSentenceParser.MAX_PARSED_TOKENS) {
      for (TypedDependency dependency : dependencyParser.predict(coreSentence).typedDependencies()) {
        int dependent = dependency.dep().index();
        if (dependent >= 1 && dependent <= tokens.size()) {
          heads[dependent] = dependency.gov().index();
          relations[dependent] = dependency.reln().toString();
        }
      }
    }
    List<Word> words = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      int begin = token.beginPosition();
      int end = token.endPosition();
      String form = begin < end ? sentence.text().substring(begin, end) : token.word();
      String lemma = Objects.requireNonNullElse(token.lemma(), form);
      String pos = Objects.requireNonNullElse(token.tag(), "XX");
      words.add(new Word(i + 1, form, lemma, pos, heads[i + 1], relations[i + 1],
          sentence.start() + begin, sentence.start() + end));
    }
    return new ParsedSentence(sentence, words);
  }
}
