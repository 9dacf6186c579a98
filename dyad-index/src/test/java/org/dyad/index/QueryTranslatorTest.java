package org.dyad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.dyad.core.search.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryTranslatorTest {

  private static final Analyzer ANALYZER = new DyadAnalyzer();

  @AfterAll
  static void closeAnalyzer() {
    ANALYZER.close();
  }

  @Test
  void searchesTitleDoubleAndText() {
    assertThat(QueryTranslator.parse("attacks", ANALYZER))
        .hasToString("(title:attack)^2.0 text:attack");
  }

  @Test
  void requiresEveryWordByDefault() {
    assertThat(QueryTranslator.parse("Osama Laden", ANALYZER).toString())
        .isEqualTo("+((title:usama)^2.0 text:usama) +((title:ladin)^2.0 text:ladin)");
  }

  @Test
  void searchesAHyphenatedNameAsAPhrase() {
    assertThat(QueryTranslator.parse("al-Qa'ida", ANALYZER).toString())
        .isEqualTo("(title:\"al qaida\")^2.0 text:\"al qaida\"");
  }

  @Test
  void normalisesWildcardAndFuzzyTerms() {
    assertThat(QueryTranslator.parse("Osama*", ANALYZER).toString()).contains("text:usama*");
    assertThat(QueryTranslator.parse("Qaïda~", ANALYZER).toString()).contains("text:qaida~2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"attack AND", "(unclosed", "\"open phrase", "*leading", "title:"})
  void rejectsBadSyntaxWithOneLineNamingTheQuery(String bad) {
    assertThatThrownBy(() -> QueryTranslator.parse(bad, ANALYZER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + bad + "'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void rejectsAQueryWithoutWords() {
    assertThatThrownBy(() -> QueryTranslator.parse("... ,", ANALYZER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no searchable word");
  }

  @Test
  void leavesAnUnfilteredQueryAsItIs() {
    Query query = QueryTranslator.parse("attack", ANALYZER);
    assertThat(QueryTranslator.filtered(query, SearchRequest.of("attack"))).isSameAs(query);
  }

  @Test
  void addsDatesAndOutletAsFilters() {
    Query query = QueryTranslator.parse("attack", ANALYZER);
    SearchRequest request =
        new SearchRequest("attack", LocalDate.of(2024, 1, 1), null, "Reuters", 10);

    BooleanQuery filtered = (BooleanQuery) QueryTranslator.filtered(query, request);

    assertThat(filtered.clauses())
        .extracting(BooleanClause::occur)
        .containsExactly(BooleanClause.Occur.MUST, BooleanClause.Occur.FILTER, BooleanClause.Occur.FILTER);
    assertThat(filtered.clauses().get(1).query().toString()).contains("date");
    assertThat(filtered.clauses().get(2).query().toString()).contains("outlet:Reuters");
  }

  /** Adversarial input: any string of syntax characters parses or fails with one clear line. */
  @Test
  void randomSyntaxNeverFailsOtherwise() {
    String alphabet = "ab qaeda\"()*?~^:+-!&|[]{}\\/' AND OR NOT TO";
    Random random = new Random(20240601);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder query = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int c = 0; c < length; c++) {
        query.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        assertThat(QueryTranslator.parse(query.toString(), ANALYZER)).isNotNull();
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).as(query.toString()).doesNotContain("\n");
      }
    }
  }
}
