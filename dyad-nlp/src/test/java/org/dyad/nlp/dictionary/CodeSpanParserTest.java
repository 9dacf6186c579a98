package org.dyad.nlp.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodeSpanParserTest {

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  @Test
  void aBareCodeAppliesAlways() throws Exception {
    assertThat(CodeSpanParser.parse("LBNREB")).isEqualTo(CodeSpan.always("LBNREB"));
  }

  @Test
  void codesAreUpperCased() throws Exception {
    assertThat(CodeSpanParser.parse("pse").code()).isEqualTo("PSE");
  }

  @Test
  void readsEightDigitRanges() throws Exception {
    assertThat(CodeSpanParser.parse("IRNGOV 20050803-20130803"))
        .isEqualTo(new CodeSpan("IRNGOV", day(2005, 8, 3), day(2013, 8, 3)));
  }

  @Test
  void readsSixDigitRangesWithThePivotAtThirty() throws Exception {
    assertThat(CodeSpanParser.parse("IRNELI 740101-000101"))
        .isEqualTo(new CodeSpan("IRNELI", day(1974, 1, 1), day(2000, 1, 1)));
    assertThat(CodeSpanParser.parseDate("300101")).isEqualTo(day(2030, 1, 1));
    assertThat(CodeSpanParser.parseDate("310101")).isEqualTo(day(1931, 1, 1));
    assertThat(CodeSpanParser.parseDate("991231")).isEqualTo(day(1999, 12, 31));
  }

  @Test
  void readsMixedWidthRangesAndBlanksAroundTheDash() throws Exception {
    assertThat(CodeSpanParser.parse("USAGOV 890120-19930120"))
        .isEqualTo(new CodeSpan("USAGOV", day(1989, 1, 20), day(1993, 1, 20)));
    assertThat(CodeSpanParser.parse("FRAGOV 20070516-120515"))
        .isEqualTo(new CodeSpan("FRAGOV", day(2007, 5, 16), day(2012, 5, 15)));
    assertThat(CodeSpanParser.parse("HOBGOV 19950601 - 19990815"))
        .isEqualTo(new CodeSpan("HOBGOV", day(1995, 6, 1), day(1999, 8, 15)));
  }

  @Test
  void greaterThanStartsOnTheDayAndLessThanEndsTheDayBefore() throws Exception {
    assertThat(CodeSpanParser.parse("HOBELI >20130119"))
        .isEqualTo(new CodeSpan("HOBELI", day(2013, 1, 19), null));
    assertThat(CodeSpanParser.parse("HOBCIV <20080120"))
        .isEqualTo(new CodeSpan("HOBCIV", null, day(2008, 1, 19)));
  }

  @Test
  void blanksAroundTheComparisonAreAllowed() throws Exception {
    assertThat(CodeSpanParser.parse("HOB < 950601"))
        .isEqualTo(new CodeSpan("HOB", null, day(1995, 5, 31)));
    assertThat(CodeSpanParser.parse("HOBREB > 990816"))
        .isEqualTo(new CodeSpan("HOBREB", day(1999, 8, 16), null));
    assertThat(CodeSpanParser.parse("IGOUNO  >070201"))
        .isEqualTo(new CodeSpan("IGOUNO", day(2007, 2, 1), null));
  }

  @Test
  void aBareDateMeansFromThatDay() throws Exception {
    assertThat(CodeSpanParser.parse("USAGOV 19820101"))
        .isEqualTo(new CodeSpan("USAGOV", day(1982, 1, 1), null));
  }

  @Test
  void placeholderCodesMayCarryDates() throws Exception {
    assertThat(CodeSpanParser.parse("--- <950630"))
        .isEqualTo(new CodeSpan("---", null, day(1995, 6, 29)));
    assertThat(CodeSpanParser.parse("+++")).isEqualTo(CodeSpan.always("+++"));
  }

  @Test
  void rejectsDatesOfOtherLengths() {
    String[] insides = {
      "ARMUNR 9008223-911221", "GBRGOV >201005011", "IRQOCC 1920030320-20060520", "X 9501"
    };
    for (String inside : insides) {
      assertThatThrownBy(() -> CodeSpanParser.parse(inside))
          .as(inside)
          .isInstanceOf(MalformedLineException.class)
          .hasMessageContaining("digits");
    }
  }

  @Test
  void rejectsImpossibleDays() {
    assertThatThrownBy(() -> CodeSpanParser.parseDate("20100931"))
        .isInstanceOf(MalformedLineException.class)
        .hasMessageContaining("calendar");
    assertThatThrownBy(() -> CodeSpanParser.parseDate("20100229"))
        .isInstanceOf(MalformedLineException.class);
  }

  @Test
  void acceptsLeapDays() throws Exception {
    assertThat(CodeSpanParser.parseDate("20120229")).isEqualTo(day(2012, 2, 29));
    assertThat(CodeSpanParser.parseDate("000229")).isEqualTo(day(2000, 2, 29));
  }

  @Test
  void rejectsInvertedRanges() {
    assertThatThrownBy(() -> CodeSpanParser.parse("EGYGOV 20121207-20120802"))
        .isInstanceOf(MalformedLineException.class)
        .hasMessageContaining("before it starts");
  }

  @Test
  void rejectsMissingOrGluedCodesAndEmptyBlocks() {
    String[] insides = {
      "950601-990815", "AAA950601-990815", "", "X <", "X 900101-", "X <900101-910101"
    };
    for (String inside : insides) {
      assertThatThrownBy(() -> CodeSpanParser.parse(inside))
          .as("[" + inside + "]")
          .isInstanceOf(MalformedLineException.class);
    }
  }

  @Test
  void splitsSeveralBracketGroups() {
    CodeSpanParser.BracketGroups groups =
        CodeSpanParser.bracketGroups(
            "[USAGOV 981022-010811] [USAGOV 041018-070201][IGOUNO  >070201]\t");
    assertThat(groups.insides())
        .containsExactly("USAGOV 981022-010811", "USAGOV 041018-070201", "IGOUNO  >070201");
    assertThat(groups.problem()).isNull();
  }

  @Test
  void keepsTheGroupsBeforeStrayText() {
    CodeSpanParser.BracketGroups groups =
        CodeSpanParser.bracketGroups("[MNCMED]\tNewspapers/Magazines\t$137,000,000");
    assertThat(groups.insides()).containsExactly("MNCMED");
    assertThat(groups.problem()).contains("Newspapers/Magazines");
  }

  @Test
  void reportsUnclosedBrackets() {
    assertThat(CodeSpanParser.bracketGroups("[A] [B").problem()).contains("not closed");
    assertThat(CodeSpanParser.bracketGroups("[A [B]").problem()).contains("not closed");
    assertThat(CodeSpanParser.bracketGroups("[A [B]").insides()).isEmpty();
  }

  @Test
  void randomBlockContentsEitherParseOrAreRejectedCleanly() {
    Random random = new Random(20240611L);
    String alphabet = "AZaz09<>- /+#[]_\t.\u00e9\u0000";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder inside = new StringBuilder();
      int length = random.nextInt(24);
      for (int j = 0; j < length; j++) {
        inside.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        CodeSpan span = CodeSpanParser.parse(inside.toString());
        assertThat(CodeSpan.isCode(span.code())).isTrue();
      } catch (MalformedLineException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
      assertThat(CodeSpanParser.bracketGroups(inside.toString())).isNotNull();
    }
  }
}
