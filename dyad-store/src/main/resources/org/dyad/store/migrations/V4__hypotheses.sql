-- Analysis of Competing Hypotheses boards: one row per board, the board whole as JSON.
CREATE TABLE hypothesis_boards (
  name        VARCHAR PRIMARY KEY,
  board       VARCHAR NOT NULL,
  updated_at  TIMESTAMP NOT NULL
);
