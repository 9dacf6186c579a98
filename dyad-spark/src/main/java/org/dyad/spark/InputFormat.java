package org.dyad.spark;

/** How the job reads its input. */
public enum InputFormat {
  /** A folder of files of any format Tika reads: PDF, Word, HTML, e-mail, text... */
  FILES,
  /** JSON Lines records {@code {"id","date","text","outlet"}}. */
  JSONL,
  /** Parquet files with columns {@code id, text} and optionally {@code date, outlet}. */
  PARQUET
}
