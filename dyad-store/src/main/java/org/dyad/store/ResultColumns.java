package org.dyad.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reading the nullable and list columns of a JDBC row the same way in every store. */
final class ResultColumns {

  private ResultColumns() {}

  /** The column's value, or null when SQL NULL. */
  static Double nullableDouble(ResultSet rows, int column) throws SQLException {
    double value = rows.getDouble(column);
    return rows.wasNull() ? null : value;
  }

  /** A list column's elements as strings, in list order. */
  static List<String> strings(ResultSet rows, int column) throws SQLException {
    List<String> values = new ArrayList<>();
    Array array = rows.getArray(column);
    for (Object value : (Object[]) array.getArray()) {
      values.add(value.toString());
    }
    return values;
  }
}
