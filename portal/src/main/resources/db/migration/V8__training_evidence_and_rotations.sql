-- Issue 6, training → evidence: completed courses, Level-3 supervisor ratings and rotations/secondments
-- become evidence in cmp_evidence. Portable SQL for H2 and PostgreSQL.

-- Where a piece of evidence came from when the portal recorded it itself ('course:12' for a course
-- completion, 'rotation:1005' for a host unit's evaluation); NULL for ratings typed in by people.
-- It keeps completions from adding the same evidence twice and lets a deleted rotation take its
-- evidence with it.
ALTER TABLE cmp_evidence ADD COLUMN origin VARCHAR(60);
CREATE INDEX ix_cmp_evidence_origin ON cmp_evidence (origin);

-- Rotation (轮岗) and secondment (挂职) of a member of staff, with the host unit's evaluation.
CREATE SEQUENCE cmp_rotation_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE cmp_rotation (
  id           BIGINT        PRIMARY KEY,
  person_id    BIGINT        NOT NULL REFERENCES person (id),
  kind         VARCHAR(20)   NOT NULL,
  host_unit    VARCHAR(120)  NOT NULL,
  start_date   DATE          NOT NULL,
  end_date     DATE          NOT NULL,
  evaluation   VARCHAR(1000),
  recorded_by  VARCHAR(60)   NOT NULL,
  recorded_at  TIMESTAMP     NOT NULL
);
CREATE INDEX ix_cmp_rotation_person ON cmp_rotation (person_id);

-- The host unit's rating of each competency it evaluated (1–5).
CREATE TABLE cmp_rotation_rating (
  rotation_id     BIGINT       NOT NULL REFERENCES cmp_rotation (id) ON DELETE CASCADE,
  competency_code VARCHAR(32)  NOT NULL,
  level_value     INTEGER      NOT NULL,
  PRIMARY KEY (rotation_id, competency_code)
);
