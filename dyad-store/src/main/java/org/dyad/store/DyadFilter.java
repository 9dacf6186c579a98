package org.dyad.store;

import java.time.LocalDate;
import org.dyad.core.analysis.ActorMatch;
import org.dyad.core.analysis.DyadQuery;
import org.dyad.core.analysis.TimelineQuery;
import org.dyad.core.evidence.AdmiraltyGrade;

/**
 * A SQL condition over {@code clustered_events}, built from a dyad or timeline query: the actor
 * rule of {@link ActorMatch} as prefix or equality tests on the codes, which DuckDB turns into
 * range checks its zone maps can skip row groups with. The codes and dates are written into the
 * SQL as literals, not bound as parameters: DuckDB plans a prepared statement before it sees the
 * parameters, so a bound prefix cannot become the range its zone maps skip row groups with.
 * Literals are safe here: an {@link ActorMatch} code is only capital letters and digits, and a
 * date prints as yyyy-mm-dd.
 */
final class DyadFilter {

  private final StringBuilder sql = new StringBuilder("true");

  static DyadFilter of(DyadQuery query) {
    DyadFilter filter = new DyadFilter();
    filter.sql.append(" AND (");
    filter.pair(query.a(), query.b());
    if (!query.directed()) {
      filter.sql.append(" OR ");
      filter.pair(query.b(), query.a());
    }
    filter.sql.append(')');
    return filter.dated(query.from(), query.to()).graded(query.minGrade());
  }

  static DyadFilter of(TimelineQuery query) {
    DyadFilter filter = new DyadFilter();
    filter.sql.append(" AND (");
    if (query.other() == null) {
      filter.actor("source_code", query.actor());
      filter.sql.append(" OR ");
      filter.actor("target_code", query.actor());
    } else {
      filter.pair(query.actor(), query.other());
      filter.sql.append(" OR ");
      filter.pair(query.other(), query.actor());
    }
    filter.sql.append(')');
    return filter.dated(query.from(), query.to()).graded(query.minGrade());
  }

  static DyadFilter dates(LocalDate from, LocalDate to) {
    return new DyadFilter().dated(from, to);
  }

  private void pair(ActorMatch source, ActorMatch target) {
    sql.append('(');
    actor("source_code", source);
    sql.append(" AND ");
    actor("target_code", target);
    sql.append(')');
  }

  private void actor(String column, ActorMatch actor) {
    String literal = "'" + actor.code() + "'";
    sql.append(actor.byPrefix() ? "starts_with(" + column + ", " + literal + ")" : column + " = " + literal);
  }

  private DyadFilter dated(LocalDate from, LocalDate to) {
    if (from != null) {
      sql.append(" AND cluster_date >= DATE '").append(from).append('\'');
    }
    if (to != null) {
      sql.append(" AND cluster_date <= DATE '").append(to).append('\'');
    }
    return this;
  }

  /**
   * Only reports from documents graded at least {@code minimum} on both counts (their own grade,
   * else their outlet's); ungraded documents drop out. A grade is a letter A-F and a digit 1-6, so
   * comparing each character compares the scales, and it is safe to write as a literal.
   */
  private DyadFilter graded(AdmiraltyGrade minimum) {
    if (minimum != null) {
      String grade = "coalesce(d.grade, g.grade)";
      sql.append(" AND doc IN (SELECT d.id FROM documents d LEFT JOIN outlet_grades g ON g.outlet = d.outlet WHERE ")
          .append(grade).append(" IS NOT NULL AND substr(").append(grade).append(", 1, 1) <= '")
          .append(minimum.reliability().name()).append("' AND substr(").append(grade).append(", 2, 1) <= '")
          .append(minimum.credibility().digit()).append("')");
    }
    return this;
  }

  String sql() {
    return sql.toString();
  }
}
