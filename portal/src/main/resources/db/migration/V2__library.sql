-- The library: standards, regulations and cases (资料库). The database is the source of truth; the
-- Lucene index under <data dir>/index is derived from these tables and caught up from
-- library_change after a crash. Runs unchanged on H2 2.x and PostgreSQL 15.

CREATE SEQUENCE library_document_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE library_domain_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE library_edit_seq START WITH 1000 INCREMENT BY 50;
-- Change-log ids order the index catch-up: allocation 1, so ids follow commit order as closely as possible.
CREATE SEQUENCE library_change_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE library_synonym_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE library_search_seq START WITH 1000 INCREMENT BY 50;

-- Business domains (业务领域): an editable list; documents refer to them by name.
CREATE TABLE library_domain (
  id          BIGINT PRIMARY KEY,
  name        VARCHAR(40) NOT NULL,
  sort_order  INTEGER     NOT NULL DEFAULT 0,
  active      BOOLEAN     NOT NULL DEFAULT TRUE,
  CONSTRAINT uq_library_domain_name UNIQUE (name)
);
INSERT INTO library_domain (id, name, sort_order) VALUES (1, '公务用车', 10);
INSERT INTO library_domain (id, name, sort_order) VALUES (2, '办公用房', 20);
INSERT INTO library_domain (id, name, sort_order) VALUES (3, '公共机构节能', 30);
INSERT INTO library_domain (id, name, sort_order) VALUES (4, '公务接待', 40);
INSERT INTO library_domain (id, name, sort_order) VALUES (5, '会议服务', 50);
INSERT INTO library_domain (id, name, sort_order) VALUES (6, '物业管理', 60);
INSERT INTO library_domain (id, name, sort_order) VALUES (7, '资产管理', 70);
INSERT INTO library_domain (id, name, sort_order) VALUES (8, '后勤服务', 80);
INSERT INTO library_domain (id, name, sort_order) VALUES (9, '住房公积金', 90);
INSERT INTO library_domain (id, name, sort_order) VALUES (10, '幼儿教育', 100);
INSERT INTO library_domain (id, name, sort_order) VALUES (11, '干部教育培训', 110);
INSERT INTO library_domain (id, name, sort_order) VALUES (12, '效能督导', 120);

CREATE TABLE library_document (
  id             BIGINT PRIMARY KEY,
  external_id    VARCHAR(100),
  kind           VARCHAR(20)  NOT NULL,
  title          VARCHAR(300) NOT NULL,
  doc_number     VARCHAR(100),
  issuer         VARCHAR(200),
  region         VARCHAR(60)  NOT NULL,
  status         VARCHAR(20)  NOT NULL,
  issued_on      DATE,
  effective_on   DATE,
  repealed_on    DATE,
  replaced_by_id BIGINT REFERENCES library_document (id) ON DELETE SET NULL,
  summary        TEXT,
  body           TEXT,
  -- the uploaded original, stored under <data dir>/files/library/
  file_name      VARCHAR(255),
  file_type      VARCHAR(100),
  file_path      VARCHAR(500),
  file_size      BIGINT,
  created_at     TIMESTAMP    NOT NULL,
  created_by     VARCHAR(60)  NOT NULL,
  updated_at     TIMESTAMP    NOT NULL,
  updated_by     VARCHAR(60)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_library_document_external UNIQUE (external_id)
);
CREATE INDEX ix_library_document_replaced_by ON library_document (replaced_by_id);
CREATE INDEX ix_library_document_updated ON library_document (updated_at);

CREATE TABLE library_document_domain (
  document_id BIGINT      NOT NULL REFERENCES library_document (id) ON DELETE CASCADE,
  domain      VARCHAR(40) NOT NULL,
  PRIMARY KEY (document_id, domain)
);

CREATE TABLE library_document_tag (
  document_id BIGINT      NOT NULL REFERENCES library_document (id) ON DELETE CASCADE,
  tag         VARCHAR(60) NOT NULL,
  PRIMARY KEY (document_id, tag)
);

-- Edit history: who changed what, when (kept after a document is deleted).
CREATE TABLE library_edit (
  id          BIGINT PRIMARY KEY,
  document_id BIGINT       NOT NULL,
  edited_at   TIMESTAMP    NOT NULL,
  editor      VARCHAR(60)  NOT NULL,
  action      VARCHAR(20)  NOT NULL,
  changes     TEXT
);
CREATE INDEX ix_library_edit_document ON library_edit (document_id, edited_at);

-- Change log for the index: one row per committed write, in the writing transaction. The index
-- commit stores the last id it applied; on start-up the rows after it are indexed again.
CREATE TABLE library_change (
  id          BIGINT PRIMARY KEY,
  document_id BIGINT      NOT NULL,
  operation   VARCHAR(10) NOT NULL,
  changed_at  TIMESTAMP   NOT NULL
);
CREATE INDEX ix_library_change_time ON library_change (changed_at);

-- Synonyms applied at query time, one rule a line (公车 => 公务用车, or 能耗, 能源消耗).
CREATE TABLE library_synonym (
  id         BIGINT PRIMARY KEY,
  rule_text  VARCHAR(500) NOT NULL,
  sort_order INTEGER      NOT NULL DEFAULT 0
);
INSERT INTO library_synonym (id, rule_text, sort_order) VALUES (1, '公车 => 公务用车', 10);
INSERT INTO library_synonym (id, rule_text, sort_order) VALUES (2, '网约车 => 社会化用车, 公务出行社会化', 20);
INSERT INTO library_synonym (id, rule_text, sort_order) VALUES (3, '能耗, 能源消耗, 能源资源消耗', 30);
INSERT INTO library_synonym (id, rule_text, sort_order) VALUES (4, '办公室 => 办公用房', 40);
INSERT INTO library_synonym (id, rule_text, sort_order) VALUES (5, '接待标准 => 公务接待', 50);
INSERT INTO library_synonym (id, rule_text, sort_order) VALUES (6, '幼儿园 => 幼儿教育, 保育教育', 60);

-- Every search with its hit count, so editors see what people looked for and did not find.
CREATE TABLE library_search (
  id          BIGINT PRIMARY KEY,
  searched_at TIMESTAMP    NOT NULL,
  username    VARCHAR(60),
  query_text  VARCHAR(500) NOT NULL,
  filters     VARCHAR(500),
  hit_count   BIGINT       NOT NULL,
  took_ms     BIGINT       NOT NULL
);
CREATE INDEX ix_library_search_time ON library_search (searched_at);
