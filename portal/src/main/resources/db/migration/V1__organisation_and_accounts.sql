-- Organisation, accounts and audit log. Runs unchanged on H2 2.x and PostgreSQL 15:
-- BIGINT ids from sequences (INCREMENT BY = JPA allocationSize), VARCHAR/TEXT, BOOLEAN, TIMESTAMP.

CREATE SEQUENCE org_unit_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE post_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE person_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE app_user_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 1000 INCREMENT BY 50;

-- Unit tree: province bureau > city bureaus > county bureaus; departments (处室) inside any of them.
CREATE TABLE org_unit (
  id          BIGINT PRIMARY KEY,
  code        VARCHAR(40)  NOT NULL,
  name        VARCHAR(120) NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  parent_id   BIGINT REFERENCES org_unit (id),
  sort_order  INTEGER      NOT NULL DEFAULT 0,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  version     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_org_unit_code UNIQUE (code)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);

CREATE TABLE post (
  id          BIGINT PRIMARY KEY,
  code        VARCHAR(40)  NOT NULL,
  name        VARCHAR(120) NOT NULL,
  unit_id     BIGINT       NOT NULL REFERENCES org_unit (id),
  description VARCHAR(1000),
  leadership  BOOLEAN      NOT NULL DEFAULT FALSE,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  version     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_post_code UNIQUE (code)
);
CREATE INDEX ix_post_unit ON post (unit_id);

CREATE TABLE person (
  id               BIGINT PRIMARY KEY,
  staff_no         VARCHAR(40)  NOT NULL,
  name             VARCHAR(60)  NOT NULL,
  gender           VARCHAR(10)  NOT NULL,
  birth_date       DATE         NOT NULL,
  education        VARCHAR(20)  NOT NULL,
  major            VARCHAR(120),
  major_family     VARCHAR(20),
  political_status VARCHAR(30),
  hire_date        DATE,
  unit_id          BIGINT       NOT NULL REFERENCES org_unit (id),
  post_id          BIGINT REFERENCES post (id),
  job_rank         VARCHAR(40),
  entry_channel    VARCHAR(30)  NOT NULL,
  active           BOOLEAN      NOT NULL DEFAULT TRUE,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_person_staff_no UNIQUE (staff_no)
);
CREATE INDEX ix_person_unit ON person (unit_id);
CREATE INDEX ix_person_post ON person (post_id);
CREATE INDEX ix_person_name ON person (name);

-- Login accounts; the password hash is Jakarta Security's Pbkdf2PasswordHash format.
CREATE TABLE app_user (
  id             BIGINT PRIMARY KEY,
  username       VARCHAR(60)  NOT NULL,
  password_hash  VARCHAR(300) NOT NULL,
  display_name   VARCHAR(60)  NOT NULL,
  person_id      BIGINT REFERENCES person (id),
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_logins  INTEGER      NOT NULL DEFAULT 0,
  locked_until   TIMESTAMP,
  last_login     TIMESTAMP,
  created_at     TIMESTAMP    NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE user_role (
  user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  role    VARCHAR(30) NOT NULL,
  PRIMARY KEY (user_id, role)
);

CREATE TABLE audit_entry (
  id           BIGINT PRIMARY KEY,
  occurred_at  TIMESTAMP    NOT NULL,
  actor        VARCHAR(60)  NOT NULL,
  action       VARCHAR(40)  NOT NULL,
  target_type  VARCHAR(40),
  target_id    VARCHAR(60),
  detail       TEXT,
  remote_addr  VARCHAR(60)
);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);

-- Small key/value flags, e.g. that demo data has been loaded into this database.
CREATE TABLE app_setting (
  setting_key   VARCHAR(100) PRIMARY KEY,
  setting_value VARCHAR(1000)
);
