-- Library ↔ competency (issue 6): the competencies a librarian links a document to, by the
-- competency dictionary's code (an ID across modules, no foreign key into cmp_competency: the
-- library does not own the dictionary, and a competency removed later just stops matching).
CREATE TABLE library_document_competency (
  document_id     BIGINT      NOT NULL REFERENCES library_document (id) ON DELETE CASCADE,
  competency_code VARCHAR(32) NOT NULL,
  PRIMARY KEY (document_id, competency_code)
);

-- "Documents linked to competency X" (search filter, competency page) reads by code.
CREATE INDEX ix_library_document_competency_code ON library_document_competency (competency_code, document_id);
