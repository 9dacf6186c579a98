-- Clusters of events reporting the same real-world event, as the Spark job writes them and
-- 'dyad attach' copies them: one row per cluster with its member event ids.
CREATE TABLE event_clusters (
  id           VARCHAR PRIMARY KEY,  -- 16 hex digits of sha256 over the dyad, root and member ids
  source_code  VARCHAR NOT NULL,
  target_code  VARCHAR NOT NULL,
  root         VARCHAR NOT NULL,
  first_date   DATE,
  last_date    DATE,
  events       INTEGER NOT NULL,
  documents    INTEGER NOT NULL,
  outlets      INTEGER NOT NULL,     -- distinct outlets reporting it
  event_ids    VARCHAR[] NOT NULL
);
