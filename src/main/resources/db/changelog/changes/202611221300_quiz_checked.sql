--liquibase formatted sql

--changeset cm-academy:202611221300-1
-- Practice quizzes may show feedback during the attempt: a question the learner has checked is locked.
ALTER TABLE quiz_attempt_slot ADD COLUMN checked BOOLEAN NOT NULL DEFAULT FALSE;
--rollback ALTER TABLE quiz_attempt_slot DROP COLUMN checked;
