-- Sentences, parses and actor mentions (the annotate and resolve stages), and the analyst's aliases.
CREATE TABLE sentences (
  doc           VARCHAR NOT NULL,
  idx           INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,  -- UTF-16 offsets into document_texts.text, end exclusive
  end_offset    INTEGER NOT NULL,
  parse         VARCHAR,           -- CoNLL-U; null when the pre-filter spared the sentence
  PRIMARY KEY (doc, idx)
);

CREATE TABLE mentions (
  doc           VARCHAR NOT NULL,
  sentence      INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  text          VARCHAR NOT NULL,
  code          VARCHAR NOT NULL,
  actor         VARCHAR NOT NULL,
  person        VARCHAR,
  rule          VARCHAR NOT NULL
);

-- Names the optional NER stage found that no dictionary entry matched.
CREATE TABLE entities (
  doc           VARCHAR NOT NULL,
  sentence      INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  text          VARCHAR NOT NULL,
  type          VARCHAR NOT NULL
);

-- A row means the document's sentences and mentions above are complete.
CREATE TABLE annotated_documents (
  id            VARCHAR PRIMARY KEY,
  parser        VARCHAR NOT NULL,
  annotated_at  TIMESTAMP NOT NULL
);

CREATE TABLE actor_aliases (
  phrase        VARCHAR PRIMARY KEY,
  code          VARCHAR NOT NULL,
  added_at      TIMESTAMP NOT NULL
);
