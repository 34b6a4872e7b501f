-- Training (issue 5): courses and their versions, quizzes and attempts, enrolments (progress),
-- plans and assignments, offline training, evaluation (L1 reactions, L3 rating requests),
-- notifications and the competency evidence waiting for the competency module.
-- Columns that queries and reports filter or join on are plain columns; the nested parts of an
-- aggregate (lessons, question bank, answers, time per lesson, plan target) are a JSON document in
-- a TEXT column, read and written only by org.jgsw.portal.training.TrainingJson.
-- Person ids are staff numbers (person.staff_no); unit and post ids are unit/post codes.

-- Ids handed out one at a time by the repositories (nextId()), so INCREMENT BY 1.
CREATE SEQUENCE trn_course_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE trn_quiz_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE trn_plan_seq START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE trn_enrolment_seq START WITH 1000 INCREMENT BY 1;
-- JPA-generated ids (allocationSize 50).
CREATE SEQUENCE trn_reaction_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE trn_notification_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE trn_evidence_seq START WITH 1000 INCREMENT BY 50;

-- Every version of every course ("<course>-<version>").
CREATE TABLE trn_course_version (
  id              VARCHAR(40)  PRIMARY KEY,
  course_id       BIGINT       NOT NULL,
  version_no      INTEGER      NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  title           VARCHAR(200) NOT NULL,
  category_kind   VARCHAR(20)  NOT NULL,
  business_domain VARCHAR(60)  NOT NULL,
  credit_hours    VARCHAR(12)  NOT NULL,
  owner_name      VARCHAR(60)  NOT NULL,
  body            TEXT         NOT NULL,
  CONSTRAINT uq_trn_course_version UNIQUE (course_id, version_no)
);

CREATE TABLE trn_quiz (
  id         BIGINT       PRIMARY KEY,
  course_id  BIGINT       NOT NULL,
  purpose    VARCHAR(20)  NOT NULL,
  title      VARCHAR(200) NOT NULL,
  body       TEXT         NOT NULL
);
CREATE INDEX ix_trn_quiz_course ON trn_quiz (course_id);

-- Every attempt is kept ("<quiz>:<person>:<number>").
CREATE TABLE trn_attempt (
  id            VARCHAR(120) PRIMARY KEY,
  quiz_id       BIGINT       NOT NULL,
  person_id     VARCHAR(40)  NOT NULL,
  attempt_no    INTEGER      NOT NULL,
  started_at    TIMESTAMP    NOT NULL,
  submitted_at  TIMESTAMP,
  passed        BOOLEAN      NOT NULL DEFAULT FALSE,
  body          TEXT         NOT NULL
);
CREATE INDEX ix_trn_attempt_quiz_person ON trn_attempt (quiz_id, person_id);

CREATE TABLE trn_enrolment (
  id              BIGINT       PRIMARY KEY,
  person_id       VARCHAR(40)  NOT NULL,
  course_id       BIGINT       NOT NULL,
  version_no      INTEGER      NOT NULL,
  plan_id         BIGINT,
  lessons_done    INTEGER      NOT NULL DEFAULT 0,
  completed_at    TIMESTAMP,
  body            TEXT         NOT NULL
);
CREATE INDEX ix_trn_enrolment_person ON trn_enrolment (person_id, course_id);

CREATE TABLE trn_plan (
  id            BIGINT       PRIMARY KEY,
  name          VARCHAR(200) NOT NULL,
  kind          VARCHAR(20)  NOT NULL,
  status        VARCHAR(20)  NOT NULL,
  period_start  DATE         NOT NULL,
  period_end    DATE         NOT NULL,
  published_on  DATE,
  body          TEXT         NOT NULL
);

-- One row per plan, person and course ("<plan>:<person>:<course>").
CREATE TABLE trn_assignment (
  id           VARCHAR(120) PRIMARY KEY,
  plan_id      BIGINT       NOT NULL,
  person_id    VARCHAR(40)  NOT NULL,
  course_id    BIGINT       NOT NULL,
  required     BOOLEAN      NOT NULL,
  deadline     DATE         NOT NULL,
  assigned_on  DATE         NOT NULL,
  left_on      DATE
);
CREATE INDEX ix_trn_assignment_plan ON trn_assignment (plan_id);
CREATE INDEX ix_trn_assignment_person ON trn_assignment (person_id);

-- Concentrated classes (集中培训/专题班) and who attended.
CREATE TABLE trn_offline_training (
  id            VARCHAR(300) PRIMARY KEY,
  class_name    VARCHAR(200) NOT NULL,
  start_date    DATE         NOT NULL,
  end_date      DATE         NOT NULL,
  credit_hours  VARCHAR(12)  NOT NULL
);
CREATE TABLE trn_offline_attendee (
  training_id  VARCHAR(300) NOT NULL REFERENCES trn_offline_training (id) ON DELETE CASCADE,
  person_id    VARCHAR(40)  NOT NULL,
  PRIMARY KEY (training_id, person_id)
);
CREATE INDEX ix_trn_offline_attendee_person ON trn_offline_attendee (person_id);

-- Level 3: one request per completed enrolment of a course that trains competencies.
CREATE TABLE trn_rating_request (
  enrolment_id  BIGINT       PRIMARY KEY,
  person_id     VARCHAR(40)  NOT NULL,
  course_id     BIGINT       NOT NULL,
  supervisor    VARCHAR(40)  NOT NULL,
  due_on        DATE         NOT NULL,
  rated         BOOLEAN      NOT NULL DEFAULT FALSE,
  body          TEXT         NOT NULL
);
CREATE INDEX ix_trn_rating_request_supervisor ON trn_rating_request (supervisor);

-- Level 1: the reaction questionnaire answered at completion.
CREATE TABLE trn_reaction (
  id           BIGINT       PRIMARY KEY,
  person_id    VARCHAR(40)  NOT NULL,
  course_id    BIGINT       NOT NULL,
  answered_on  DATE         NOT NULL,
  average      VARCHAR(12)  NOT NULL,
  body         TEXT         NOT NULL,
  CONSTRAINT uq_trn_reaction UNIQUE (person_id, course_id)
);

-- Deadline reminders and other notices shown in the portal.
CREATE TABLE trn_notification (
  id          BIGINT        PRIMARY KEY,
  person_id   VARCHAR(40)   NOT NULL,
  created_at  TIMESTAMP     NOT NULL,
  kind        VARCHAR(30)   NOT NULL,
  dedup_key   VARCHAR(200)  NOT NULL,
  message     VARCHAR(1000) NOT NULL,
  read_at     TIMESTAMP,
  CONSTRAINT uq_trn_notification UNIQUE (person_id, dedup_key)
);

-- Competency evidence from Level-3 ratings, kept until the competency module takes it.
CREATE TABLE trn_pending_evidence (
  id               BIGINT       PRIMARY KEY,
  competency_code  VARCHAR(60)  NOT NULL,
  person_id        VARCHAR(40)  NOT NULL,
  level_value      INTEGER      NOT NULL,
  rater            VARCHAR(40)  NOT NULL,
  rated_on         DATE         NOT NULL,
  course_id        BIGINT       NOT NULL,
  delivered        BOOLEAN      NOT NULL DEFAULT FALSE
);
