package org.dyad.nlp.parse;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations.IndexAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.SentenceParser;
import org.dyad.core.nlp.Word;
import org.dyad.nlp.parse.ParagraphBlocks.Block;

/**
 * English sentence splitting and parsing with Stanford CoreNLP 4.5 and its default models: the
 * PTB tokenizer, the left3words POS tagger, the morphological lemmatizer and the neural
 * transition-based dependency parser of Chen and Manning (2014), which produces basic Universal
 * Dependencies v2 ({@code nsubj}, {@code obj}, {@code obl}, {@code nmod:poss}, ...).
 *
 * <p>{@link #split} runs only the tokenizer and sentence splitter, fast enough for every document;
 * {@link #parse} adds tags, lemmas and dependencies for the sentences worth it. Splitting and
 * tagging are linear in the text, the dependency parser linear in the sentence.
 *
 * <p>Parsing gives exactly what CoreNLP's pipeline and {@code DependencyParser.predict} give, but
 * about three times faster: lemmas are remembered ({@link Lemmatizer}), and CoreNLP's dependency
 * model is run by Dyad's own code ({@link ArcStandardParser}), whose arithmetic vectorizes where
 * CoreNLP's spends most of its time in scalar dot products. {@code CoreNlpParseEquivalenceTest}
 * holds the two to the same output. A sentence closing with an attribution whose parse went astray
 * is parsed again in two halves ({@link TrailingAttribution}).
 *
 * <p>Not thread-safe: build one instance per worker thread, once. The first instance loads the
 * models (seconds, and about 350 MB of heap); further instances share them, and cost milliseconds
 * and about 20 MB each. Building one silences CoreNLP's logging for the whole JVM (see {@link
 * CoreNlpPipelines}).
 */
public final class CoreNlpSentenceParser implements SentenceParser {

  /**
   * Sentences with more tokens get tags and lemmas but no dependency tree: every word hangs from
   * the root with relation {@link #UNPARSED}. The parser would manage them (it is linear), but
   * such "sentences" are tables, lists and run-ons from PDF extraction, whose trees are noise that
   * would only produce spurious events; truncating instead would invent a sentence nobody wrote.
   */
  public static final int MAX_PARSED_TOKENS = 120;

  /** The relation of every word of a sentence left unparsed: UD's unspecified dependency. */
  public static final String UNPARSED = "dep";

  // About 10 MB of CoreNLP annotation per block; see ParagraphBlocks.
  private static final int MAX_BLOCK_CHARS = 100_000;

  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final Lemmatizer lemmatizer = new Lemmatizer();
  /** Null when the tagger's tags are kept as they are (to compare with CoreNLP's own parses). */
  private final VerblessClauses verblessClauses;
  private final ArcStandardParser dependencyParser;
  private final List<String> arcLabels;

  /** Loads the models, or reuses those already loaded. */
  public CoreNlpSentenceParser() {
    this(true);
  }

  /**
   * @param repairTags whether to find the verb the tagger missed in a verbless "that" clause
   *     ({@link VerblessClauses}), the plural noun it read as a verb ({@link NounsReadAsVerbs}) and the
   *     adjective it read as one ({@link AdjectivesReadAsVerbs});
   *     without, the parses are CoreNLP's own
   */
  CoreNlpSentenceParser(boolean repairTags) {
    // Dropping control characters and lone surrogates silently: they are extraction debris.
    String tokenizerOptions = "untokenizable=noneDelete";
    // A blank line ends a sentence, a single newline does not: extracted PDF and e-mail text wraps
    // lines inside sentences, while headings, datelines and list items are set off by blank lines.
    this.splitter = CoreNlpPipelines.build(
        "annotators", "tokenize,ssplit",
        "tokenize.language", "en",
        "tokenize.options", tokenizerOptions,
        "ssplit.newlineIsSentenceBreak", "two");
    this.tagger = CoreNlpPipelines.build(
        "annotators", "tokenize,ssplit,pos",
        "tokenize.language", "en",
        "tokenize.options", tokenizerOptions,
        "ssplit.isOneSentence", "true",
        "ssplit.newlineIsSentenceBreak", "never");
    this.verblessClauses = repairTags ? new VerblessClauses(tagger) : null;
    // Rather than the depparse annotator, which also derives four enhanced graphs per sentence
    // that Dyad never reads, or DependencyParser, which is three times slower.
    DependencyModel model = DependencyModel.english();
    this.dependencyParser = new ArcStandardParser(model);
    this.arcLabels = model.labels();
  }

  @Override
  public List<Sentence> split(String doc, String text) {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(text, "text");
    List<Sentence> sentences = new ArrayList<>();
    for (Block block : ParagraphBlocks.of(text, MAX_BLOCK_CHARS)) {
      String blockText = text.substring(block.start(), block.end());
      if (blockText.isBlank()) {
        continue;
      }
      Annotation annotation = new Annotation(blockText);
      splitter.annotate(annotation);
      for (CoreMap coreSentence : annotation.get(SentencesAnnotation.class)) {
        List<CoreLabel> tokens = coreSentence.get(TokensAnnotation.class);
        if (!tokens.isEmpty()) {
          int start = block.start() + tokens.getFirst().beginPosition();
          int end = block.start() + tokens.getLast().endPosition();
          sentences.add(new Sentence(doc, sentences.size(), start, end, text.substring(start, end)));
        }
      }
    }
    return sentences;
  }

  @Override
  public ParsedSentence parse(Sentence sentence) {
    Optional<CoreMap> tagged = CoreNlpPipelines.annotateOneSentence(tagger, sentence.text());
    if (tagged.isEmpty()) {
      return new ParsedSentence(sentence, List.of());
    }
    CoreMap coreSentence = tagged.get();
    List<CoreLabel> tokens = coreSentence.get(TokensAnnotation.class);
    if (verblessClauses != null) {
      verblessClauses.repair(tokens);
      NounsReadAsVerbs.repair(tokens);
      AdjectivesReadAsVerbs.repair(tokens);
      PastTensesReadAsAdjectives.repair(tokens);
    }
    lemmatizer.annotate(tokens);
    int[] heads = new int[tokens.size() + 1];
    String[] relations = new String[tokens.size() + 1];
    Arrays.fill(relations, UNPARSED);
    if (tokens.size() <= MAX_PARSED_TOKENS) {
      addArcs(dependencies(tokens), heads, relations);
      int comma = verblessClauses == null ? -1 : TrailingAttribution.comma(tokens);
      if (comma >= 0 && TrailingAttribution.garbled(tokens, comma, heads, relations)) {
        int[] apartHeads = new int[heads.length];
        String[] apartRelations = relations.clone();
        if (parseApart(tokens, comma, apartHeads, apartRelations)
            && unattached(apartRelations) <= unattached(relations)) {
          System.arraycopy(apartHeads, 0, heads, 0, heads.length);
          System.arraycopy(apartRelations, 0, relations, 0, relations.length);
        }
      }
    }
    List<Word> words = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      words.add(word(sentence, tokens.get(i), i + 1, heads[i + 1], relations[i + 1]));
    }
    return new ParsedSentence(sentence, words);
  }

  /**
   * Parses the report before {@code comma} (with the closing punctuation) and the attribution after
   * it apart, and joins them: the report's root becomes the complement of the attribution's verb,
   * which becomes the root (see {@link TrailingAttribution}). False, with nothing written, when
   * the attribution does not parse as a clause of its own.
   */
  private boolean parseApart(List<CoreLabel> tokens, int comma, int[] heads, String[] relations) {
    List<CoreLabel> report = new ArrayList<>(tokens.subList(0, comma));
    report.add(tokens.getLast());
    List<CoreLabel> attribution = tokens.subList(comma + 1, tokens.size() - 1);
    int[] tailHeads = new int[heads.length];
    String[] tailRelations = new String[relations.length];
    addArcs(dependencies(attribution), tailHeads, tailRelations);
    int verb = -1;
    for (int i = comma + 2; i < tokens.size(); i++) {
      if (tailHeads[i] == 0 && tailRelations[i] != null) {
        verb = i;
      }
    }
    if (verb < 0 || !tokens.get(verb - 1).tag().startsWith("VB")) {
      return false;
    }
    addArcs(dependencies(report), heads, relations);
    for (int i = comma + 2; i < tokens.size(); i++) {
      heads[i] = tailHeads[i];
      relations[i] = tailRelations[i];
    }
    for (int i = 1; i <= comma; i++) {
      if (heads[i] == 0) {
        heads[i] = verb;
        relations[i] = "ccomp";
      }
    }
    heads[comma + 1] = verb;
    relations[comma + 1] = "punct";
    heads[tokens.size()] = verb;
    relations[tokens.size()] = "punct";
    return true;
  }

  private static int unattached(String[] relations) {
    int count = 0;
    for (int i = 1; i < relations.length; i++) {
      if (relations[i].equals(UNPARSED)) {
        count++;
      }
    }
    return count;
  }

  private static void addArcs(Collection<TypedDependency> arcs, int[] heads, String[] relations) {
    for (TypedDependency dependency : arcs) {
      int dependent = dependency.dep().index();
      if (dependent >= 1 && dependent < heads.length) {
        heads[dependent] = dependency.gov().index();
        relations[dependent] = dependency.reln().toString();
      }
    }
  }

  /**
   * The basic dependencies of a tagged sentence, as {@code DependencyParser.predict} returns them:
   * the parser's arcs wrapped in a {@link UniversalEnglishGrammaticalStructure}, which renames some
   * relations (a passive's {@code nsubj} becomes {@code nsubj:pass}).
   */
  private Collection<TypedDependency> dependencies(List<CoreLabel> tokens) {
    int[] heads = new int[tokens.size() + 1];
    int[] labels = new int[tokens.size() + 1];
    dependencyParser.parse(tokens, heads, labels);
    IndexedWord root = new IndexedWord(new edu.stanford.nlp.ling.Word("ROOT"));
    root.set(IndexAnnotation.class, 0);
    List<TypedDependency> arcs = new ArrayList<>(tokens.size());
    for (int i = 1; i <= tokens.size(); i++) {
      int head = heads[i];
      IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
      IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(arcLabels.get(labels[i]));
      arcs.add(new TypedDependency(relation, governor, dependent));
    }
    return new UniversalEnglishGrammaticalStructure(arcs, new TreeGraphNode(root)).typedDependencies();
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return known != null ? known
        : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
  }

  private static Word word(Sentence sentence, CoreLabel token, int index, int head, String relation) {
    int begin = token.beginPosition();
    int end = token.endPosition();
    // The form as written; CoreNLP's word() is normalized (non-breaking spaces, composed accents).
    String form = begin < end ? sentence.text().substring(begin, end) : token.word();
    String lemma = Objects.requireNonNullElse(token.lemma(), form);
    String pos = Objects.requireNonNullElse(token.tag(), "XX");
    return new Word(index, form, lemma, pos, head, relation, sentence.start() + begin, sentence.start() + end);
  }
}
