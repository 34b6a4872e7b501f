-- Competency models and HR matching (issue 4). Runs unchanged on H2 2.x and PostgreSQL 15.
-- Sequences: INCREMENT BY = JPA allocationSize, START WITH >= allocationSize.

CREATE SEQUENCE cmp_post_model_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE cmp_evidence_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE cmp_candidate_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE cmp_shortlist_seq START WITH 1000 INCREMENT BY 50;

-- The competency dictionary: a tree of groups, competencies with five behavioural indicators.
CREATE TABLE cmp_group (
  id          VARCHAR(40)  PRIMARY KEY,
  name        VARCHAR(120) NOT NULL,
  parent_id   VARCHAR(40)  REFERENCES cmp_group (id),
  sort_order  INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE cmp_competency (
  code        VARCHAR(32)  PRIMARY KEY,
  name        VARCHAR(120) NOT NULL,
  family      VARCHAR(20)  NOT NULL,
  group_id    VARCHAR(40)  NOT NULL REFERENCES cmp_group (id),
  description VARCHAR(1000),
  level1      TEXT NOT NULL,
  level2      TEXT NOT NULL,
  level3      TEXT NOT NULL,
  level4      TEXT NOT NULL,
  level5      TEXT NOT NULL,
  sort_order  INTEGER      NOT NULL DEFAULT 0
);

-- Post models: one row per version of a post's model; requirements in model order.
CREATE TABLE cmp_post_model (
  id                 BIGINT PRIMARY KEY,
  post_code          VARCHAR(40)  NOT NULL,
  model_version      INTEGER      NOT NULL,
  status             VARCHAR(20)  NOT NULL,
  over_compensates   BOOLEAN      NOT NULL DEFAULT FALSE,
  based_on           VARCHAR(60),
  min_education      VARCHAR(20),
  major_families     VARCHAR(400),
  age_min            INTEGER,
  age_max            INTEGER,
  min_years          INTEGER      NOT NULL DEFAULT 0,
  political_statuses VARCHAR(400),
  updated_at         TIMESTAMP    NOT NULL,
  CONSTRAINT uq_cmp_post_model UNIQUE (post_code, model_version)
);

CREATE TABLE cmp_requirement (
  model_id        BIGINT       NOT NULL REFERENCES cmp_post_model (id) ON DELETE CASCADE,
  req_order       INTEGER      NOT NULL,
  competency_code VARCHAR(32)  NOT NULL,
  competency_name VARCHAR(120) NOT NULL,
  required_level  INTEGER      NOT NULL,
  weight          DOUBLE PRECISION NOT NULL,
  must_have       BOOLEAN      NOT NULL,
  PRIMARY KEY (model_id, req_order)
);

-- Candidates (候选人): people applying through a channel; personal data, HR only.
CREATE TABLE cmp_candidate (
  id               BIGINT PRIMARY KEY,
  candidate_no     VARCHAR(40)  NOT NULL,
  name             VARCHAR(60)  NOT NULL,
  gender           VARCHAR(10),
  birth_date       DATE         NOT NULL,
  education        VARCHAR(20)  NOT NULL,
  major            VARCHAR(120),
  major_family     VARCHAR(20),
  political_status VARCHAR(30),
  years_experience INTEGER,
  channel          VARCHAR(30)  NOT NULL,
  background       TEXT,
  written_score    DOUBLE PRECISION,
  interview_score  DOUBLE PRECISION,
  target_post_code VARCHAR(40),
  target_unit_id   BIGINT REFERENCES org_unit (id),
  created_at       TIMESTAMP    NOT NULL,
  created_by       VARCHAR(60)  NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_cmp_candidate_no UNIQUE (candidate_no)
);

-- Ratings of a person's competency with their evidence (佐证). subject_kind STAFF = person.id,
-- CANDIDATE = cmp_candidate.id. Ratings are only added, never overwritten.
CREATE TABLE cmp_evidence (
  id              BIGINT PRIMARY KEY,
  subject_kind    VARCHAR(10)  NOT NULL,
  subject_id      BIGINT       NOT NULL,
  competency_code VARCHAR(32)  NOT NULL,
  level_value     INTEGER      NOT NULL,
  source          VARCHAR(30)  NOT NULL,
  evidence_date   DATE         NOT NULL,
  recorded_by     VARCHAR(60)  NOT NULL,
  detail          VARCHAR(400),
  recorded_at     TIMESTAMP    NOT NULL
);
CREATE INDEX ix_cmp_evidence_subject ON cmp_evidence (subject_kind, subject_id);

-- HR's shortlist for a post, with a note.
CREATE TABLE cmp_shortlist (
  id           BIGINT PRIMARY KEY,
  post_code    VARCHAR(40)  NOT NULL,
  subject_kind VARCHAR(10)  NOT NULL,
  subject_id   BIGINT       NOT NULL,
  note         VARCHAR(1000),
  marked_by    VARCHAR(60)  NOT NULL,
  marked_at    TIMESTAMP    NOT NULL,
  CONSTRAINT uq_cmp_shortlist UNIQUE (post_code, subject_kind, subject_id)
);
