package org.dyad.nlp.eval.suite;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.Filters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Sentence;
import org.dyad.core.nlp.Word;
import org.dyad.nlp.conllu.FormLocator;
import org.dyad.nlp.conllu.FormLocator.Span;

/**
 * Turns a Penn Treebank bracketed parse, as the PETRARCH-1 suite stores it, into a {@link
 * ParsedSentence} with basic Universal Dependencies, so that a dependency-based coder can be
 * run on a suite that was parsed for a constituency-based one.
 *
 * <p>Stanford CoreNLP 4.5 does the work: its {@code PennTreeReader} reads the tree (an unnamed
 * root, {@code ( (S ...) )}, is accepted), {@link UniversalEnglishGrammaticalStructure} converts
 * it to basic UD v2 relations ({@code nsubj}, {@code obj}, {@code obl}, {@code punct}; de
 * Marneffe et al., "Universal Stanford Dependencies", LREC 2014, as updated for UD v2), keeping
 * punctuation, and {@link Morphology} gives the lemmas from word and tag. Part-of-speech tags are
 * the tree's preterminals, as written ({@code AUXB} and other non-Penn tags of the old suites
 * included). Each word is then placed in the sentence text by {@link FormLocator}, which maps
 * {@code -LRB-}, {@code ``} and the other Penn escapes back to the characters they stand for; a
 * placed word's form is the text as written, an unplaced one keeps the tree's word and gets an
 * empty span. A word the converter leaves without a head, which it has not been seen to do,
 * would hang from the root word with the unspecified relation {@code dep}.
 *
 * <p>Linear in the tree apart from the conversion's head finding. Not thread-safe (the
 * lemmatizer keeps state): use one instance per thread.
 */
public final class TreebankConverter {

  /** The relation of a word the conversion left without a head. */
  static final String UNATTACHED = "dep";

  /** The tag of a word the tree gives none, as {@code CoreNlpSentenceParser} does. */
  static final String UNTAGGED = "XX";

  /**
   * Deeper trees are refused: CoreNLP reads and converts trees recursively, and a sentence's
   * tree is rarely 60 deep, so this only stops damaged input from exhausting the stack.
   */
  static final int MAX_DEPTH = 500;

  private final Morphology morphology = new Morphology();

  /**
   * The parse of {@code sentence} that {@code bracketed} gives.
   *
   * @throws IllegalArgumentException with a one-line message naming the sentence when the tree
   *     cannot be read (unbalanced brackets, no words, nesting deeper than {@link #MAX_DEPTH}) or
   *     converted
   */
  public ParsedSentence convert(Sentence sentence, String bracketed) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(bracketed, "bracketed");
    Tree tree = read(sentence, bracketed);
    List<TaggedWord> tagged = tree.taggedYield();
    if (tagged.isEmpty()) {
      throw failed(sentence, "the tree has no words");
    }
    int[] heads = new int[tagged.size() + 1];
    String[] relations = new String[tagged.size() + 1];
    attach(sentence, tree, heads, relations);
    FormLocator locator = new FormLocator(sentence);
    List<Word> words = new ArrayList<>(tagged.size());
    for (int i = 1; i <= tagged.size(); i++) {
      TaggedWord leaf = tagged.get(i - 1);
      Span span = locator.locate(leaf.word());
      String form = span.end() > span.start()
          ? sentence.text().substring(span.start() - sentence.start(), span.end() - sentence.start())
          : leaf.word();
      String tag = leaf.tag() == null || leaf.tag().isEmpty() ? UNTAGGED : leaf.tag();
      words.add(new Word(i, form, lemma(leaf.word(), tag), tag, heads[i], relations[i], span.start(), span.end()));
    }
    return new ParsedSentence(sentence, words);
  }

  private static Tree read(Sentence sentence, String bracketed) {
    if (depth(bracketed) > MAX_DEPTH) {
      throw failed(sentence, "the tree is nested more than " + MAX_DEPTH + " deep");
    }
    Tree tree;
    try {
      tree = Tree.valueOf(bracketed);
    } catch (RuntimeException e) {
      throw failed(sentence, "the tree cannot be read: " + firstLine(e));
    }
    if (tree == null) {
      throw failed(sentence, "the tree cannot be read: unbalanced brackets or no tree");
    }
    return tree;
  }

  /** Fills {@code heads} and {@code relations}, indexed by word (1-based), from the conversion. */
  private static void attach(Sentence sentence, Tree tree, int[] heads, String[] relations) {
    Arrays.fill(heads, -1);
    int root = 0;
    try {
      GrammaticalStructure structure = new UniversalEnglishGrammaticalStructure(tree, Filters.acceptFilter());
      for (TypedDependency dependency : structure.typedDependencies()) {
        int dependent = dependency.dep().index();
        int governor = dependency.gov().index();
        if (dependent >= 1 && dependent < heads.length && governor >= 0 && governor < heads.length) {
          heads[dependent] = governor;
          relations[dependent] = dependency.reln().toString();
          root = governor == 0 && root == 0 ? dependent : root;
        }
      }
    } catch (RuntimeException e) {
      throw failed(sentence, "the tree cannot be converted to dependencies: " + firstLine(e));
    }
    for (int i = 1; i < heads.length; i++) {
      if (heads[i] < 0) {
        heads[i] = root == i ? 0 : root;
        relations[i] = UNATTACHED;
      }
    }
  }

  private String lemma(String word, String tag) {
    String lemma;
    try {
      lemma = morphology.lemma(word, tag);
    } catch (RuntimeException e) {
      lemma = null; // the lemmatizer's lexer on odd input; the word is the best lemma left
    }
    return lemma == null || lemma.isEmpty() ? word : lemma;
  }

  /** The deepest bracket nesting of {@code bracketed}. */
  private static int depth(String bracketed) {
    int depth = 0;
    int deepest = 0;
    for (int i = 0; i < bracketed.length(); i++) {
      char c = bracketed.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  }

  private static IllegalArgumentException failed(Sentence sentence, String problem) {
    return new IllegalArgumentException("Penn Treebank parse of " + sentence.doc() + ": " + problem);
  }

  private static String firstLine(RuntimeException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
