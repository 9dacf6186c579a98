-- Evidence: how far each event cluster can be believed, from its reports' grades, the number of
-- independent outlets and the coder's confidence (ClusterConfidence in dyad-evidence). Derived:
-- rebuilt whole after every clustering and after every grade change. A table of its own rather
-- than a column of clustered_events, so that re-grading rewrites one small row per cluster.
CREATE TABLE cluster_confidences (
  cluster     VARCHAR PRIMARY KEY,   -- clustered_events.cluster
  confidence  DOUBLE NOT NULL        -- 0 to 1
);
