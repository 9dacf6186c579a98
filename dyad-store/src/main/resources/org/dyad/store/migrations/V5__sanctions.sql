-- Sanctions lists (dyad sanctions import): the latest import's entities, every import with its
-- changes, and the analyst's judgements of names against entities.
CREATE TABLE sanctions_entities (
  number   BIGINT PRIMARY KEY,    -- the list's entity number (OFAC ent_num)
  kind     VARCHAR NOT NULL,
  name     VARCHAR NOT NULL,
  record   VARCHAR NOT NULL       -- the whole SanctionsEntity as JSON
);

CREATE TABLE sanctions_versions (
  version      INTEGER PRIMARY KEY,
  source       VARCHAR NOT NULL,
  imported_at  TIMESTAMP NOT NULL,
  entities     INTEGER NOT NULL,
  added        INTEGER NOT NULL,
  removed      INTEGER NOT NULL,
  changed      INTEGER NOT NULL
);

CREATE TABLE sanctions_changes (
  version  INTEGER NOT NULL,
  number   BIGINT NOT NULL,
  change   VARCHAR NOT NULL       -- added, removed or changed
);

-- A verdict applies to every occurrence of the name (lower case, white space collapsed).
CREATE TABLE sanctions_judgements (
  entity     BIGINT NOT NULL,
  name_key   VARCHAR NOT NULL,
  name       VARCHAR NOT NULL,
  judgement  VARCHAR NOT NULL,    -- match, not-a-match or unsure
  judged_at  TIMESTAMP NOT NULL,
  PRIMARY KEY (entity, name_key)
);
