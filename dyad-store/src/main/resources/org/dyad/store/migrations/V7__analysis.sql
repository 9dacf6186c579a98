-- Analysis (relationships): the analysts' judgements of coded events, and the coded events as
-- every analysis counts them (judgements applied, grouped into event clusters).

-- One judgement per event id; ids are stable under re-coding and re-ingest, so judgements are too.
CREATE TABLE judgements (
  event_id   VARCHAR PRIMARY KEY,
  judgement  VARCHAR NOT NULL,      -- right | wrong | recode
  code       VARCHAR,               -- recode: the code the event counts under
  root       VARCHAR,
  goldstein  DOUBLE,                -- recode: the new code's CAMEO facts, null for a non-CAMEO code
  quad       INTEGER,
  note       VARCHAR,
  judged_at  TIMESTAMP NOT NULL
);

-- Derived, rebuilt whole by the cluster stage after coding and after each judgement: one row per
-- counted event (events judged wrong are absent), with its effective code and its cluster's facts
-- repeated on every row so that a dyad's series is one scan. Rows are inserted sorted by actor,
-- which lets DuckDB's zone maps skip most of the table for one dyad.
CREATE TABLE clustered_events (
  id               VARCHAR NOT NULL,
  cluster          VARCHAR NOT NULL,  -- the id of the cluster's earliest event
  cluster_date     DATE,              -- the earliest event date in the cluster; the period it counts in
  source_code      VARCHAR NOT NULL,
  target_code      VARCHAR NOT NULL,
  source_actor     VARCHAR NOT NULL,  -- the code with a state agent folded into its state (StateAgents)
  target_actor     VARCHAR NOT NULL,
  code             VARCHAR NOT NULL,
  quad             INTEGER,
  goldstein        DOUBLE,
  outlet           VARCHAR NOT NULL,
  doc              VARCHAR NOT NULL,
  mentions         INTEGER NOT NULL,  -- events in the cluster (GDELT NumMentions)
  cluster_outlets  INTEGER NOT NULL   -- distinct outlets in the cluster (GDELT NumSources)
);

-- Everything counted per month, for a dyad's share of all clusters in a period.
CREATE TABLE cluster_months (
  month     DATE PRIMARY KEY,
  clusters  BIGINT NOT NULL,
  events    BIGINT NOT NULL
);

-- Derived with clustered_events: the directed ties between actors per year, so that a year's
-- network is read from one small row per tie instead of grouped from every event of the year.
CREATE TABLE tie_years (
  year              DATE NOT NULL,    -- first day of the year the clusters are dated in
  source_actor      VARCHAR NOT NULL,
  target_actor      VARCHAR NOT NULL,
  clusters          BIGINT NOT NULL,
  events            BIGINT NOT NULL,
  coop_clusters     BIGINT NOT NULL,  -- QuadClass 1 or 2
  conflict_clusters BIGINT NOT NULL,  -- QuadClass 3 or 4
  coop_events       BIGINT NOT NULL,
  conflict_events   BIGINT NOT NULL,
  goldstein_sum     DOUBLE,           -- over clusters (each cluster's mean), null when none has a score
  goldstein_count   BIGINT NOT NULL,
  event_goldstein_sum   DOUBLE,       -- over events
  event_goldstein_count BIGINT NOT NULL
);
