-- Coded events (the code stage): the event record of DESIGN.md flattened to one row, and the coder
-- version each document was last coded with.
CREATE TABLE events (
  id              VARCHAR PRIMARY KEY,  -- 16 hex digits of sha256, Event.idOf
  doc             VARCHAR NOT NULL,
  date            DATE,                 -- null when neither the sentence nor the document gives one
  doc_date        DATE,
  source_code     VARCHAR NOT NULL,
  source_name     VARCHAR NOT NULL,
  source_text     VARCHAR NOT NULL,
  source_start    INTEGER NOT NULL,     -- UTF-16 offsets into document_texts.text, end exclusive
  source_end      INTEGER NOT NULL,
  source_person   VARCHAR,
  target_code     VARCHAR NOT NULL,
  target_name     VARCHAR NOT NULL,
  target_text     VARCHAR NOT NULL,
  target_start    INTEGER NOT NULL,
  target_end      INTEGER NOT NULL,
  target_person   VARCHAR,
  code            VARCHAR NOT NULL,
  root            VARCHAR NOT NULL,
  goldstein       DOUBLE,               -- null for a code CAMEO does not define
  quad            INTEGER,
  sentence_index  INTEGER NOT NULL,
  sentence_start  INTEGER NOT NULL,
  sentence_end    INTEGER NOT NULL,
  -- Kept with the event rather than cut from document_texts: an event reads on its own, and SQL
  -- substring counts code points where the offsets count UTF-16 units.
  sentence_text   VARCHAR NOT NULL,
  verb_text       VARCHAR NOT NULL,
  verb_start      INTEGER NOT NULL,
  verb_end        INTEGER NOT NULL,
  rule            VARCHAR NOT NULL,
  confidence      DOUBLE NOT NULL
);

-- DuckDB uses these for equality and prefix filters (starts_with becomes a range). An index on date
-- did not speed date ranges on a million events, so there is none.
CREATE INDEX events_doc ON events (doc);
CREATE INDEX events_source ON events (source_code);
CREATE INDEX events_target ON events (target_code);

-- A row means the document's events above are complete for that coder version.
CREATE TABLE coded_documents (
  doc            VARCHAR PRIMARY KEY,
  coder_version  VARCHAR NOT NULL,
  coded_at       TIMESTAMP NOT NULL
);
