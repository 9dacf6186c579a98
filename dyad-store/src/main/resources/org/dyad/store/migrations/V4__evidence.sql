-- Evidence: Admiralty grades of outlets (a document's own grade is documents.grade) and Analysis of
-- Competing Hypotheses boards, one row per board, the board whole as JSON.
CREATE TABLE outlet_grades (
  outlet      VARCHAR PRIMARY KEY,
  grade       VARCHAR NOT NULL,       -- reliability A-F and credibility 1-6, such as B2
  graded_at   TIMESTAMP NOT NULL
);

CREATE TABLE hypothesis_boards (
  name        VARCHAR PRIMARY KEY,
  board       VARCHAR NOT NULL,
  updated_at  TIMESTAMP NOT NULL
);
