-- The competency gaps a special training plan was made for (专项培训计划 from gaps, issue 6): one row per
-- plan and competency, as the training administrator saw them when creating the plan. Kept as they were
-- then, so the plan page can show what it was meant to close even after people's levels change.
CREATE TABLE trn_plan_gap (
  plan_id          BIGINT        NOT NULL REFERENCES trn_plan (id),
  competency_code  VARCHAR(64)   NOT NULL,
  competency_name  VARCHAR(200)  NOT NULL,
  people           INTEGER       NOT NULL,
  average_gap      DECIMAL(4, 2) NOT NULL,
  scope            VARCHAR(300)  NOT NULL,
  PRIMARY KEY (plan_id, competency_code)
);
