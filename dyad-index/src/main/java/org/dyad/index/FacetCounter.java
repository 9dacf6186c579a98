package org.dyad.index;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.dyad.core.search.FacetCount;

/**
 * Counts the documents matching a query per outlet and per month, reading the doc values written
 * by {@link DocumentFields} in one pass over the matches, without scoring.
 *
 * <p>Outlets are counted per index segment by ordinal in an array (one increment per match) and
 * turned into names once per segment; months are counted per day and grouped at the end, so a
 * date-to-month conversion happens once per distinct day, not once per match.
 */
final class FacetCounter {

  private static final Comparator<FacetCount> MOST_FIRST =
      Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

  private FacetCounter() {}

  /** Matching documents per outlet, most first; ties in name order. */
  static List<FacetCount> outlets(IndexSearcher searcher, Query query) throws IOException {
    Map<String, Long> counts = searcher.search(query, manager(OutletCounter::new));
    List<FacetCount> facet = new ArrayList<>(counts.size());
    counts.forEach((outlet, count) -> facet.add(new FacetCount(outlet, count)));
    facet.sort(MOST_FIRST);
    return facet;
  }

  /** Matching documents per month ({@code yyyy-MM}) in date order; undated documents not counted. */
  static List<FacetCount> months(IndexSearcher searcher, Query query) throws IOException {
    Map<Long, Long> byDay = searcher.search(query, manager(DayCounter::new));
    Map<YearMonth, Long> byMonth = new TreeMap<>();
    byDay.forEach(
        (day, count) -> byMonth.merge(YearMonth.from(LocalDate.ofEpochDay(day)), count, Long::sum));
    List<FacetCount> facet = new ArrayList<>(byMonth.size());
    byMonth.forEach((month, count) -> facet.add(new FacetCount(month.toString(), count)));
    return facet;
  }

  private static <K> CollectorManager<CountingCollector<K>, Map<K, Long>> manager(
      Supplier<CountingCollector<K>> collectors) {
    return new CollectorManager<>() {
      @Override
      public CountingCollector<K> newCollector() {
        return collectors.get();
      }

      @Override
      public Map<K, Long> reduce(Collection<CountingCollector<K>> done) throws IOException {
        Map<K, Long> total = new HashMap<>();
        for (CountingCollector<K> collector : done) {
          collector.finishLeaf();
          collector.counts.forEach((key, count) -> total.merge(key, count, Long::sum));
        }
        return total;
      }
    };
  }

  /** A collector that counts matches by a key, settling each segment's counts when it ends. */
  private abstract static class CountingCollector<K> extends SimpleCollector {
    final Map<K, Long> counts = new HashMap<>();

    /** Adds the current segment's counts to {@link #counts}; called at most once per segment. */
    abstract void finishLeaf() throws IOException;

    @Override
    protected final void doSetNextReader(LeafReaderContext context) throws IOException {
      finishLeaf();
      startLeaf(context);
    }

    abstract void startLeaf(LeafReaderContext context) throws IOException;

    @Override
    public final void finish() throws IOException {
      finishLeaf();
    }

    @Override
    public final ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static final class OutletCounter extends CountingCollector<String> {
    private SortedSetDocValues outlets;
    private long[] perOrdinal;

    @Override
    void startLeaf(LeafReaderContext context) throws IOException {
      outlets = DocValues.getSortedSet(context.reader(), DocumentFields.OUTLET);
      perOrdinal = new long[Math.toIntExact(outlets.getValueCount())];
    }

    @Override
    public void collect(int doc) throws IOException {
      if (outlets.advanceExact(doc)) {
        for (int i = 0; i < outlets.docValueCount(); i++) {
          perOrdinal[(int) outlets.nextOrd()]++;
        }
      }
    }

    @Override
    void finishLeaf() throws IOException {
      if (perOrdinal == null) {
        return;
      }
      for (int ord = 0; ord < perOrdinal.length; ord++) {
        if (perOrdinal[ord] > 0) {
          counts.merge(outlets.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
        }
      }
      perOrdinal = null;
    }
  }

  private static final class DayCounter extends CountingCollector<Long> {
    private SortedNumericDocValues days;

    @Override
    void startLeaf(LeafReaderContext context) throws IOException {
      days = DocValues.getSortedNumeric(context.reader(), DocumentFields.DATE);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (days.advanceExact(doc)) {
        counts.merge(days.nextValue(), 1L, Long::sum);
      }
    }

    @Override
    void finishLeaf() {
      // counted directly into the map
    }
  }
}
