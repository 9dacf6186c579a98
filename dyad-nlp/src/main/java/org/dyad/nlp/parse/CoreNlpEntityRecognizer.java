package org.dyad.nlp.parse;

import edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetBeginAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetEndAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.MentionsAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.NamedEntityTagAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.nlp.EntityRecognizer;
import org.dyad.core.nlp.NamedEntity;
import org.dyad.core.nlp.Sentence;

/**
 * Names of people, organizations, places and other proper names ({@code MISC}: nationalities,
 * events) found by CoreNLP's conditional random field taggers (Finkel, Grenager and Manning 2005),
 * for discovering actors the dictionaries lack. Opt-in: the models cost a few seconds to load and
 * about 200 MB of heap; tagging a sentence takes about a third of the time parsing it does.
 *
 * <p>Two of CoreNLP's English models vote, in order: the 3-class model trained on the most data
 * (PERSON, ORGANIZATION, LOCATION), then the CoNLL 4-class model, which adds MISC. CoreNLP's
 * default third model (MUC 7-class, which adds dates and money), its number classifiers, SUTime
 * and its fine-grained regular-expression types (COUNTRY, CITY, TITLE...) are off: the coder has
 * its own dates and dictionaries, and CoreNLP's default NER setup runs about ten times slower.
 * These models need no part-of-speech tags, so no tagger is loaded.
 *
 * <p>CoreNLP's entity-mention builder also adds "he", "her" and the like as PERSON mentions, for
 * coreference; those are dropped: their tokens carry no tag of their own, and a pronoun is no name.
 *
 * <p>Not thread-safe: build one instance per worker thread.
 */
public final class CoreNlpEntityRecognizer implements EntityRecognizer {

  /** The types returned; anything else a model might emit is dropped. */
  public static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  private static final String MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
      + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private final StanfordCoreNLP pipeline;

  /** Loads the models: seconds. */
  public CoreNlpEntityRecognizer() {
    this.pipeline = CoreNlpPipelines.build(
        "annotators", "tokenize,ssplit,ner",
        "tokenize.language", "en",
        "tokenize.options", "untokenizable=noneDelete",
        "ssplit.isOneSentence", "true",
        "ssplit.newlineIsSentenceBreak", "never",
        "ner.model", MODELS,
        "ner.applyNumericClassifiers", "false",
        "ner.useSUTime", "false",
        "ner.applyFineGrained", "false",
        "ner.buildEntityMentions", "true");
  }

  @Override
  public List<NamedEntity> entities(Sentence sentence) {
    List<CoreMap> mentions = CoreNlpPipelines.annotateOneSentence(pipeline, sentence.text())
        .map(tagged -> tagged.get(MentionsAnnotation.class))
        .orElse(List.of());
    List<NamedEntity> entities = new ArrayList<>();
    for (CoreMap mention : mentions) {
      String type = mention.get(NamedEntityTagAnnotation.class);
      int begin = mention.get(CharacterOffsetBeginAnnotation.class);
      int end = mention.get(CharacterOffsetEndAnnotation.class);
      if (TYPES.contains(type) && begin < end && taggedByAModel(mention)) {
        entities.add(new NamedEntity(
            sentence.start() + begin, sentence.start() + end, sentence.text().substring(begin, end), type));
      }
    }
    return entities;
  }

  private static boolean taggedByAModel(CoreMap mention) {
    List<CoreLabel> tokens = mention.get(TokensAnnotation.class);
    return tokens != null && !tokens.isEmpty() && !"O".equals(tokens.get(0).ner());
  }
}
