-- Training at scale (issue 5, "Speed"): what 我的学习 and the completion reports need to count in SQL
-- instead of reading every enrolment's JSON document.

-- Whether the enrolment has any progress (Enrolment.progressState() is not NOT_STARTED): a lesson
-- opened or done, time recorded, or the post-test passed. Written by EnrolmentRecord; rows written
-- before this column existed are derived from the columns and the document: "last" is set by opening,
-- doing or timing a lesson, "postTestPassedAt" by passing the post-test.
ALTER TABLE trn_enrolment ADD COLUMN started BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE trn_enrolment SET started = TRUE
 WHERE completed_at IS NOT NULL OR lessons_done > 0 OR body LIKE '%"last":%' OR body LIKE '%"postTestPassedAt":%';

-- Completion reports join a plan's assignments to the people's enrolments in the same course and
-- count by status: the person and course lead, the progress columns make it an index-only read.
CREATE INDEX ix_trn_enrolment_progress ON trn_enrolment (person_id, course_id, completed_at, started);
DROP INDEX ix_trn_enrolment_person;

