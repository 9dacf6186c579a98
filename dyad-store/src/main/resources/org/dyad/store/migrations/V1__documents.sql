-- Documents, their extracted text, indexing state and ingest failures.
CREATE TABLE documents (
  id           VARCHAR PRIMARY KEY,  -- sha256 of the original bytes
  path         VARCHAR NOT NULL,
  file_name    VARCHAR NOT NULL,
  outlet       VARCHAR NOT NULL,
  title        VARCHAR NOT NULL,
  author       VARCHAR,
  doc_date     DATE,
  date_source  VARCHAR NOT NULL,
  language     VARCHAR,
  mime_type    VARCHAR,
  size         BIGINT NOT NULL,
  grade        VARCHAR,
  ingested_at  TIMESTAMP NOT NULL
);

CREATE TABLE document_texts (
  id    VARCHAR PRIMARY KEY,
  text  VARCHAR NOT NULL
);

-- Insert-only: a row means the document's text is in a committed Lucene index.
CREATE TABLE indexed_documents (
  id  VARCHAR PRIMARY KEY
);

CREATE TABLE failures (
  path    VARCHAR PRIMARY KEY,
  stage   VARCHAR NOT NULL,
  reason  VARCHAR NOT NULL,
  failed_at TIMESTAMP NOT NULL
);
