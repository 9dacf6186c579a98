package org.dyad.nlp.parse;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.Config;
import java.util.Arrays;
import java.util.List;

/**
 * Greedy arc-standard dependency parsing (Nivre 2004) scored by a {@link DependencyModel}: the
 * decoder of CoreNLP's {@code DependencyParser.predictInner}, transition for transition. At each
 * state it reads the same 48 features (the top three words of the stack and of the buffer, the
 * two outermost children on each side of the top two stack words and their outermost
 * grandchildren), scores every transition and applies the best one that is legal, the first in
 * CoreNLP's order on ties. Linear in the sentence: 2n transitions, each costing one pass through
 * the network, except those that are the only legal move (every shift onto a stack holding the
 * root and at most one word, and the final attachment to the root), whose scores cannot matter.
 *
 * <p>Not thread-safe: one instance per thread. It keeps, besides its scratch arrays, a cache of
 * the float-rounded feature slices the model does not pre-compute: 2,048 slices of 1,000 doubles
 * (16 MB). On unseen text about one slice per scored transition is missed, mostly of rare words;
 * eight times the cache would spare only a quarter of the misses.
 */
final class ArcStandardParser {

  private static final int CACHED_SLICES = 1 << 11;
  private static final int NONE = Config.NONEXIST;

  private final DependencyModel model;
  private final int labelCount;
  private final boolean[] rootLabels;
  private final int[] labelRows;
  private final int rootWord;
  private final int nullWord;
  private final int rootTag;
  private final int nullTag;
  private final int nullLabel;

  private final int[] features = new int[DependencyModel.FEATURES];
  private final double[] hidden;
  private final double[] sums;
  private final double[] scores;
  private final int cacheShift;
  private final int[] cachedFeatures;
  private final double[][] cachedSlices;
  // The cache slots of the slices of the current group of four, -1 for those not from the cache.
  private final int[] groupSlots = new int[4];
  private final double[][] spares;

  // The sentence: token 0 is the root. Its words and tags as embedding rows, its arcs so far.
  private int size;
  private int[] words = new int[64];
  private int[] tags = new int[64];
  private int[] heads = new int[64];
  private int[] labels = new int[64];
  private int[] stack = new int[64];
  private int stackSize;
  private int next;

  ArcStandardParser(DependencyModel model) {
    this(model, CACHED_SLICES);
  }

  /** With a cache of {@code cachedSlices} slices, a power of two; tests use tiny ones. */
  ArcStandardParser(DependencyModel model, int cachedSlices) {
    if (Integer.bitCount(cachedSlices) != 1 || cachedSlices < 2) {
      throw new IllegalArgumentException("the slice cache holds a power of two slices, at least 2: " + cachedSlices);
    }
    this.model = model;
    this.cacheShift = Integer.SIZE - Integer.numberOfTrailingZeros(cachedSlices);
    this.cachedFeatures = new int[cachedSlices];
    this.cachedSlices = new double[cachedSlices][];
    List<String> labelNames = model.labels();
    this.labelCount = labelNames.size();
    this.rootLabels = new boolean[labelCount];
    this.labelRows = new int[labelCount];
    for (int l = 0; l < labelCount; l++) {
      rootLabels[l] = labelNames.get(l).equals(labelNames.getFirst());
      labelRows[l] = model.labelId(labelNames.get(l));
    }
    this.rootWord = model.wordId(Config.ROOT);
    this.nullWord = model.wordId(Config.NULL);
    this.rootTag = model.tagId(Config.ROOT);
    this.nullTag = model.tagId(Config.NULL);
    this.nullLabel = model.labelId(Config.NULL);
    this.hidden = new double[model.hiddenSize()];
    this.sums = new double[model.hiddenSize()];
    this.scores = new double[model.transitions()];
    this.spares = new double[4][model.hiddenSize()];
    Arrays.fill(cachedFeatures, -1);
  }

  /**
   * Parses tagged tokens. Returns, for tokens 1 to n (index 0 unused), the index of the head (0
   * for the root) in {@code arcHeads} and the index of the arc label in {@link DependencyModel#labels}
   * in {@code arcLabels}; both arrays must have room for n + 1 entries.
   */
  void parse(List<CoreLabel> tokens, int[] arcHeads, int[] arcLabels) {
    start(tokens);
    while (stackSize > 1 || next <= size) {
      apply(nextTransition());
    }
    System.arraycopy(heads, 1, arcHeads, 1, size);
    System.arraycopy(labels, 1, arcLabels, 1, size);
  }

  private void start(List<CoreLabel> tokens) {
    size = tokens.size();
    if (words.length <= size) {
      int capacity = Math.max(size + 1, 2 * words.length);
      words = new int[capacity];
      tags = new int[capacity];
      heads = new int[capacity];
      labels = new int[capacity];
      stack = new int[capacity];
    }
    for (int k = 1; k <= size; k++) {
      CoreLabel token = tokens.get(k - 1);
      words[k] = model.wordId(token.word());
      tags[k] = model.tagId(token.tag());
      heads[k] = NONE;
      labels[k] = NONE;
    }
    stack[0] = 0;
    stackSize = 1;
    next = 1;
  }

  private int nextTransition() {
    if (stackSize <= 2) {
      int only = onlyLegalTransition();
      if (only >= 0) {
        return only;
      }
    }
    extractFeatures();
    computeScores();
    double best = Double.NEGATIVE_INFINITY;
    int chosen = -1;
    for (int t = 0; t < scores.length; t++) {
      if (scores[t] > best && isLegal(t)) {
        best = scores[t];
        chosen = t;
      }
    }
    if (chosen < 0) {
      throw new IllegalStateException("no legal transition scores above -infinity");
    }
    return chosen;
  }

  /** The legal transition when there is exactly one, else -1. */
  private int onlyLegalTransition() {
    int only = -1;
    for (int t = 0; t < scores.length; t++) {
      if (isLegal(t)) {
        if (only >= 0) {
          return -1;
        }
        only = t;
      }
    }
    return only;
  }

  // Transitions are CoreNLP's: a left arc per label, a right arc per label, then shift.
  private boolean isLegal(int transition) {
    if (transition == 2 * labelCount) {
      return next <= size;
    }
    boolean left = transition < labelCount;
    int label = left ? transition : transition - labelCount;
    int head = stackAt(left ? 0 : 1);
    if (head < 0 || (head == 0) != rootLabels[label]) {
      return false;
    }
    return left ? stackSize > 2 : stackSize > 2 || (stackSize == 2 && next > size);
  }

  private void apply(int transition) {
    if (transition == 2 * labelCount) {
      stack[stackSize++] = next++;
    } else if (transition < labelCount) {
      attach(stack[stackSize - 2], stack[stackSize - 1], transition);
      stack[stackSize - 2] = stack[stackSize - 1];
      stackSize--;
    } else {
      attach(stack[stackSize - 1], stack[stackSize - 2], transition - labelCount);
      stackSize--;
    }
  }

  private void attach(int dependent, int head, int label) {
    heads[dependent] = head;
    labels[dependent] = label;
  }

  private int stackAt(int depth) {
    return depth < stackSize ? stack[stackSize - 1 - depth] : NONE;
  }

  private int bufferAt(int depth) {
    return next + depth <= size ? next + depth : NONE;
  }

  // Positions 0-17 hold words, 18-35 their tags, 36-47 the labels of the 12 children.
  private void extractFeatures() {
    for (int j = 2; j >= 0; j--) {
      setToken(2 - j, stackAt(j));
    }
    for (int j = 0; j <= 2; j++) {
      setToken(3 + j, bufferAt(j));
    }
    for (int j = 0; j <= 1; j++) {
      int top = stackAt(j);
      int base = 6 + 6 * j;
      setChild(base, leftChild(top, 1));
      setChild(base + 1, rightChild(top, 1));
      setChild(base + 2, leftChild(top, 2));
      setChild(base + 3, rightChild(top, 2));
      setChild(base + 4, leftChild(leftChild(top, 1), 1));
      setChild(base + 5, rightChild(rightChild(top, 1), 1));
    }
  }

  private void setToken(int position, int token) {
    features[position] = token == 0 ? rootWord : token < 0 ? nullWord : words[token];
    features[18 + position] = token == 0 ? rootTag : token < 0 ? nullTag : tags[token];
  }

  private void setChild(int position, int token) {
    setToken(position, token);
    features[30 + position] = token <= 0 ? nullLabel : labelRows[labels[token]];
  }

  private int leftChild(int token, int rank) {
    if (token < 0 || token > size) {
      return NONE;
    }
    int found = 0;
    for (int k = 1; k < token; k++) {
      if (heads[k] == token && ++found == rank) {
        return k;
      }
    }
    return NONE;
  }

  private int rightChild(int token, int rank) {
    if (token < 0 || token > size) {
      return NONE;
    }
    int found = 0;
    for (int k = size; k > token; k--) {
      if (heads[k] == token && ++found == rank) {
        return k;
      }
    }
    return NONE;
  }

  // The hidden layer sums the 48 feature slices in feature order, then adds the bias and cubes,
  // as CoreNLP does. Adding four slices per pass over the sums (48 is a multiple of 4), each in
  // turn, saves loads and stores of the sums without changing the order of the additions.
  private void computeScores() {
    double[] h = hidden;
    Arrays.fill(h, 0.0);
    for (int j = 0; j < DependencyModel.FEATURES; j += 4) {
      double[] s0 = slice(j, 0);
      double[] s1 = slice(j + 1, 1);
      double[] s2 = slice(j + 2, 2);
      double[] s3 = slice(j + 3, 3);
      for (int i = 0; i < h.length; i++) {
        h[i] = h[i] + s0[i] + s1[i] + s2[i] + s3[i];
      }
    }
    model.activate(h);
    model.score(h, scores);
  }

  /**
   * The slice of the feature at {@code position}, the {@code member}-th (0 to 3) of its group of
   * four: pre-computed, cached or computed now.
   */
  private double[] slice(int position, int member) {
    int feature = features[position] * DependencyModel.FEATURES + position;
    double[] precomputed = model.precomputed(feature);
    if (precomputed != null) {
      groupSlots[member] = -1;
      return precomputed;
    }
    // Direct-mapped: a slice is a pure function of its feature, so evicting one costs only time,
    // except for one that an earlier member of the group is still to add: that slot is left alone.
    int slot = (feature * 0x9E3779B9) >>> cacheShift;
    double[] slice = cachedSlices[slot];
    if (cachedFeatures[slot] != feature) {
      if (heldByGroup(slot, member)) {
        model.roundedSlice(feature, sums, spares[member]);
        groupSlots[member] = -1;
        return spares[member];
      }
      if (slice == null) {
        slice = new double[hidden.length];
        cachedSlices[slot] = slice;
      }
      model.roundedSlice(feature, sums, slice);
      cachedFeatures[slot] = feature;
    }
    groupSlots[member] = slot;
    return slice;
  }

  private boolean heldByGroup(int slot, int member) {
    for (int m = 0; m < member; m++) {
      if (groupSlots[m] == slot) {
        return true;
      }
    }
    return false;
  }
}
