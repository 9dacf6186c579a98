package org.dyad.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArcStandardParserTest {

  private static ArcStandardParser parser;
  private static List<String> labels;
  private static DependencyParser coreNlp;

  @BeforeAll
  static void load() {
    DependencyModel model = DependencyModel.english();
    parser = new ArcStandardParser(model);
    labels = model.labels();
    RedwoodConfiguration.current().clear().apply(); // as CoreNlpPipelines does: no model-loading chatter
    coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
  }

  @Test
  void findsSubjectObjectAndObliqueAsCoreNlpDoes() {
    String[] arcs = parse("Iran/NNP 's/POS foreign/JJ minister/NN met/VBD the/DT Syrian/JJ president/NN"
        + " in/IN Damascus/NNP on/IN Monday/NNP ./.");
    assertThat(arcs).containsExactly("4 nmod:poss", "1 case", "4 amod", "5 nsubj", "0 root", "8 det", "8 amod",
        "5 obj", "10 case", "8 nmod", "12 case", "5 obl", "5 punct");
    assertThat(arcs).containsExactly(coreNlp("Iran/NNP 's/POS foreign/JJ minister/NN met/VBD the/DT Syrian/JJ"
        + " president/NN in/IN Damascus/NNP on/IN Monday/NNP ./."));
  }

  @Test
  void parsesLikeCoreNlpWhereWordsAndTagsAreUnknown() {
    String tagged = "Zxqv/NNP blorked/VBD the/DT wug/NN ,/, and/CC it/PRP wugged/VBD back/RB !/. ''/''";
    assertThat(parse(tagged)).containsExactly(coreNlp(tagged));
  }

  @Test
  void aSingleWordHangsFromTheRootAndNoWordsGiveNoArcs() {
    assertThat(parse("Stop/VB")).containsExactly("0 root");
    assertThat(parse("Stop/VB !/.")).containsExactly(coreNlp("Stop/VB !/."));
    assertThat(parse("")).isEmpty();
  }

  @Test
  void aTinySliceCacheThatEvictsConstantlyChangesNothing() throws IOException {
    List<BenchSentences.Text> texts = BenchSentences.sampleCorpus();
    Assumptions.assumeFalse(texts.isEmpty(), "the sample corpus is absent");
    StanfordCoreNLP tagger = CoreNlpPipelines.build("annotators", "tokenize,ssplit,pos", "tokenize.language", "en");
    ArcStandardParser tiny = new ArcStandardParser(DependencyModel.english(), 2);
    int compared = 0;
    for (int t = 0; t < texts.size() && compared < 200; t += 5) {
      Annotation annotation = new Annotation(texts.get(t).text());
      tagger.annotate(annotation);
      for (CoreMap sentence : annotation.get(SentencesAnnotation.class)) {
        List<CoreLabel> tokens = sentence.get(TokensAnnotation.class);
        assertThat(arcs(tiny, tokens)).as(sentence.toString()).containsExactly(arcs(parser, tokens));
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(200);
  }

  /** "head label" per token, from ArcStandardParser. */
  private static String[] parse(String tagged) {
    return arcs(parser, tokens(tagged));
  }

  private static String[] arcs(ArcStandardParser parser, List<CoreLabel> tokens) {
    int[] heads = new int[tokens.size() + 1];
    int[] arcLabels = new int[tokens.size() + 1];
    parser.parse(tokens, heads, arcLabels);
    String[] arcs = new String[tokens.size()];
    for (int i = 1; i <= tokens.size(); i++) {
      arcs[i - 1] = heads[i] + " " + labels.get(arcLabels[i]);
    }
    return arcs;
  }

  /** "head label" per token, from CoreNLP's DependencyParser (no passives: it renames their subjects). */
  private static String[] coreNlp(String tagged) {
    List<CoreLabel> tokens = tokens(tagged);
    String[] arcs = new String[tokens.size()];
    for (TypedDependency arc : coreNlp.predict(tokens).typedDependencies()) {
      arcs[arc.dep().index() - 1] = arc.gov().index() + " " + arc.reln();
    }
    return arcs;
  }

  private static List<CoreLabel> tokens(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String wordAndTag : Arrays.stream(tagged.split(" ")).filter(s -> !s.isEmpty()).toList()) {
      int slash = wordAndTag.lastIndexOf('/');
      CoreLabel token = new CoreLabel();
      token.setWord(wordAndTag.substring(0, slash));
      token.setValue(wordAndTag.substring(0, slash));
      token.setTag(wordAndTag.substring(slash + 1));
      token.setIndex(tokens.size() + 1);
      tokens.add(token);
    }
    return tokens;
  }
}
