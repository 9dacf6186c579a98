package org.dyad.nlp.parse;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The weights of CoreNLP's neural dependency parser (Chen and Manning 2014, "A Fast and Accurate
 * Dependency Parser using Neural Networks"), read from the model file that {@link
 * DependencyParser#loadFromModelFile} reads, laid out for fast scoring by {@link
 * ArcStandardParser}: 48 embedded features, one hidden layer with a cube activation, one output
 * per arc-standard transition.
 *
 * <p>Scores must equal CoreNLP's to the last bit, so that the same transitions win. CoreNLP keeps,
 * per feature value and position, the product of the embedding by its slice of the hidden
 * weights: in double precision for the {@link Config#numPreComputed} values the model lists as
 * most frequent, rounded to float for the others (its cache holds floats). This class keeps the
 * former the same way, computed once at load; callers compute and keep the latter through {@link
 * #roundedSlice}. Every sum runs in CoreNLP's order; only independent sums run side by side.
 *
 * <p>Immutable once loaded and shared by every thread; about 190 MB, most of it the 20,000
 * pre-computed slices of 1,000 doubles.
 */
final class DependencyModel {

  /** The number of features of a parser state: 18 words, 18 tags and 12 arc labels. */
  static final int FEATURES = Config.numTokens;

  private static final class English {
    static final DependencyModel MODEL = load(DependencyParser.DEFAULT_MODEL);
  }

  private final Map<String, Integer> wordIds;
  private final Map<String, Integer> tagIds;
  private final Map<String, Integer> labelIds;
  private final List<String> labels;
  private final int embeddingSize;
  private final int hiddenSize;
  private final float[][] embeddings;
  // Column-major: the hidden weights of input column c start at c * hiddenSize.
  private final float[] hiddenWeights;
  private final float[] hiddenBias;
  // Hidden-major: the output weights of hidden unit i start at i * transitions.
  private final float[] outputWeights;
  private final FeatureRows precomputedRows;
  private final double[][] precomputed;

  private DependencyModel(Map<String, Integer> wordIds, Map<String, Integer> tagIds, Map<String, Integer> labelIds,
      List<String> labels, float[][] embeddings, float[] hiddenWeights, float[] hiddenBias, float[] outputWeights,
      int[] precomputedFeatures) {
    this.wordIds = wordIds;
    this.tagIds = tagIds;
    this.labelIds = labelIds;
    this.labels = List.copyOf(labels);
    this.embeddings = embeddings;
    this.embeddingSize = embeddings[0].length;
    this.hiddenSize = hiddenBias.length;
    this.hiddenWeights = hiddenWeights;
    this.hiddenBias = hiddenBias;
    this.outputWeights = outputWeights;
    Config defaults = new Config(new Properties());
    if (defaults.numCached <= 0) {
      // Without CoreNLP's cache, its other slices are summed in double straight into the hidden layer.
      throw new IllegalStateException("CoreNLP's dependency parser no longer caches float slices by default");
    }
    int rows = Math.min(defaults.numPreComputed, precomputedFeatures.length);
    this.precomputedRows = new FeatureRows(rows);
    this.precomputed = new double[rows][];
    for (int row = 0; row < rows; row++) {
      int feature = precomputedFeatures[row];
      precomputedRows.put(feature, row);
      double[] slice = new double[hiddenSize];
      sliceInto(feature / FEATURES, feature % FEATURES, slice);
      precomputed[row] = slice;
    }
  }

  /** The default English model (Universal Dependencies), loaded once per JVM on first use. */
  static DependencyModel english() {
    return English.MODEL;
  }

  int hiddenSize() {
    return hiddenSize;
  }

  int transitions() {
    return 2 * labels.size() + 1;
  }

  /** The arc labels, in transition order; the first is the root's. */
  List<String> labels() {
    return labels;
  }

  /** The embedding row of a word, a tag or an arc label; CoreNLP's {@code -UNKNOWN-} row when unknown. */
  int wordId(String word) {
    return idOf(wordIds, word);
  }

  int tagId(String tag) {
    return idOf(tagIds, tag);
  }

  int labelId(String label) {
    Integer id = labelIds.get(label);
    if (id == null) {
      throw new IllegalArgumentException("the dependency model has no arc label " + label);
    }
    return id;
  }

  private static int idOf(Map<String, Integer> ids, String key) {
    Integer id = ids.get(key);
    return id != null ? id : ids.get(Config.UNKNOWN);
  }

  /** The double-precision slice of {@code feature} (embedding row times 48 plus position), or null. */
  double[] precomputed(int feature) {
    int row = precomputedRows.get(feature);
    return row < 0 ? null : precomputed[row];
  }

  /** Writes CoreNLP's float slice of {@code feature} into {@code slice}, using {@code sums} as scratch. */
  void roundedSlice(int feature, double[] sums, double[] slice) {
    sliceInto(feature / FEATURES, feature % FEATURES, sums);
    for (int i = 0; i < hiddenSize; i++) {
      slice[i] = (float) sums[i];
    }
  }

  // Hidden unit i gets the sum over k of (float) (weight * embedding[k]), in double, k ascending.
  private void sliceInto(int row, int position, double[] sums) {
    Arrays.fill(sums, 0.0);
    float[] embedding = embeddings[row];
    int column = position * embeddingSize;
    for (int k = 0; k < embeddingSize; k++) {
      float value = embedding[k];
      int offset = (column + k) * hiddenSize;
      for (int i = 0; i < hiddenSize; i++) {
        sums[i] += hiddenWeights[offset + i] * value;
      }
    }
  }

  /** Adds the bias of each hidden unit to its sum and cubes, as CoreNLP does. */
  void activate(double[] hidden) {
    for (int i = 0; i < hiddenSize; i++) {
      double sum = hidden[i] + hiddenBias[i];
      hidden[i] = sum * sum * sum;
    }
  }

  /**
   * The score of every transition: a dot product with the hidden layer summed over hidden units
   * in ascending order, like CoreNLP's. The sums for all transitions advance together, four hidden
   * units at a time, each still adding one product after the other: vectorized, exact.
   */
  void score(double[] hidden, double[] scores) {
    int transitions = scores.length;
    float[] weights = outputWeights;
    Arrays.fill(scores, 0.0);
    int i = 0;
    for (; i + 3 < hiddenSize; i += 4) {
      double a0 = hidden[i];
      double a1 = hidden[i + 1];
      double a2 = hidden[i + 2];
      double a3 = hidden[i + 3];
      int o0 = i * transitions;
      int o1 = o0 + transitions;
      int o2 = o1 + transitions;
      int o3 = o2 + transitions;
      for (int t = 0; t < transitions; t++) {
        scores[t] = scores[t] + a0 * weights[o0 + t] + a1 * weights[o1 + t] + a2 * weights[o2 + t] + a3 * weights[o3 + t];
      }
    }
    for (; i < hiddenSize; i++) {
      double activation = hidden[i];
      int offset = i * transitions;
      for (int t = 0; t < transitions; t++) {
        scores[t] += activation * weights[offset + t];
      }
    }
  }

  /** Reads a model in the text format of {@code DependencyParser.writeModelFile}. */
  private static DependencyModel load(String path) {
    try (BufferedReader input = IOUtils.readerFromString(path)) {
      String line = input.readLine();
      if (line.startsWith("language=")) {
        input.readLine(); // the treebank language pack
        line = input.readLine();
      }
      int words = headerValue(line);
      int tags = headerValue(input.readLine());
      int labelCount = headerValue(input.readLine());
      int embeddingSize = headerValue(input.readLine());
      int hiddenSize = headerValue(input.readLine());
      int features = headerValue(input.readLine());
      int precomputedCount = headerValue(input.readLine());
      if (features != FEATURES) {
        throw new IllegalStateException(path + " has " + features + " features, not " + FEATURES);
      }
      float[][] embeddings = new float[words + tags + labelCount][];
      Map<String, Integer> wordIds = new HashMap<>();
      Map<String, Integer> tagIds = new HashMap<>();
      Map<String, Integer> labelIds = new HashMap<>();
      List<String> labels = new ArrayList<>();
      // One row numbering for all three, as in CoreNLP: words, then tags, then labels.
      for (int row = 0; row < embeddings.length; row++) {
        String[] fields = input.readLine().split(" ");
        float[] embedding = new float[embeddingSize];
        for (int k = 0; k < embeddingSize; k++) {
          embedding[k] = Float.parseFloat(fields[k + 1]);
        }
        embeddings[row] = embedding;
        if (row < words) {
          wordIds.put(fields[0], row);
        } else if (row < words + tags) {
          tagIds.put(fields[0], row);
        } else {
          labelIds.put(fields[0], row);
          labels.add(fields[0]);
        }
      }
      float[] hiddenWeights = new float[embeddingSize * features * hiddenSize];
      for (int column = 0; column < embeddingSize * features; column++) {
        String[] fields = input.readLine().split(" ");
        for (int i = 0; i < hiddenSize; i++) {
          hiddenWeights[column * hiddenSize + i] = Float.parseFloat(fields[i]);
        }
      }
      float[] hiddenBias = new float[hiddenSize];
      String[] biasFields = input.readLine().split(" ");
      for (int i = 0; i < hiddenSize; i++) {
        hiddenBias[i] = Float.parseFloat(biasFields[i]);
      }
      int transitions = labelCount * 2 - 1;
      float[] outputWeights = new float[hiddenSize * transitions];
      for (int i = 0; i < hiddenSize; i++) {
        String[] fields = input.readLine().split(" ");
        for (int t = 0; t < transitions; t++) {
          outputWeights[i * transitions + t] = Float.parseFloat(fields[t]);
        }
      }
      int[] precomputed = new int[precomputedCount];
      for (int read = 0; read < precomputedCount; ) {
        for (String field : input.readLine().split(" ")) {
          precomputed[read++] = Integer.parseInt(field);
        }
      }
      // CoreNLP's first label is -NULL-, which marks missing arcs and has no transition.
      labels.removeFirst();
      return new DependencyModel(wordIds, tagIds, labelIds, labels, embeddings, hiddenWeights, hiddenBias,
          outputWeights, precomputed);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dependency model " + path, e);
    }
  }

  private static int headerValue(String line) {
    return Integer.parseInt(line.substring(line.indexOf('=') + 1));
  }

  /**
   * An int-to-int open-addressing table small enough to stay in cache: 48 lookups per transition.
   * Keys and rows alternate, so that a probe reads one cache line.
   */
  private static final class FeatureRows {
    private static final int EMPTY = -1;
    private final int[] entries;
    private final int mask;
    private final int shift;

    FeatureRows(int size) {
      int capacity = Integer.highestOneBit(Math.max(2, size + size / 2)) << 1;
      entries = new int[2 * capacity];
      Arrays.fill(entries, EMPTY);
      mask = capacity - 1;
      shift = Integer.numberOfLeadingZeros(capacity) + 1;
    }

    void put(int key, int row) {
      int slot = (key * 0x9E3779B9) >>> shift;
      while (entries[2 * slot] != EMPTY && entries[2 * slot] != key) {
        slot = (slot + 1) & mask;
      }
      entries[2 * slot] = key;
      entries[2 * slot + 1] = row;
    }

    int get(int key) {
      for (int slot = (key * 0x9E3779B9) >>> shift; ; slot = (slot + 1) & mask) {
        int found = entries[2 * slot];
        if (found == key) {
          return entries[2 * slot + 1];
        }
        if (found == EMPTY) {
          return EMPTY;
        }
      }
    }
  }
}
