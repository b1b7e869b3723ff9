--liquibase formatted sql

--changeset cm-academy:202612072300-1
-- The grade a trainer released for an assignment, kept on the submission so the learner's page and progress read it
-- without asking the grading feature.
ALTER TABLE assignment_submission
    ADD COLUMN points     DECIMAL(9, 2) NULL,
    ADD COLUMN max_points DECIMAL(9, 2) NULL,
    ADD COLUMN percent    DECIMAL(7, 3) NULL,
    ADD COLUMN passed     BOOLEAN       NULL,
    ADD COLUMN graded_at  DATETIME(6)   NULL;

-- Points a trainer released for the parts of a finished run that the engine cannot score (free-text replies,
-- written recommendations, a writing brief's rubric). The debrief is replayed with them.
CREATE TABLE scenario_run_review (
    run_id     BIGINT       NOT NULL,
    marker_key VARCHAR(120) NOT NULL,
    points     INT          NOT NULL,
    PRIMARY KEY (run_id, marker_key),
    CONSTRAINT fk_scenario_run_review_run FOREIGN KEY (run_id) REFERENCES scenario_run (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per piece of work a trainer grades: an assignment submission, an essay question of a quiz attempt (slot),
-- or the reviewed parts of a scenario run. It is both the queue entry and the grade: WAITING until a trainer saves
-- a draft, DRAFT (invisible to the learner) until released, RELEASED afterwards. revision guards against two trainers
-- (or two tabs) overwriting each other's grade.
CREATE TABLE grading_work (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(20)   NOT NULL,
    source_id    BIGINT        NOT NULL,
    slot         INT           NOT NULL DEFAULT 0,
    learner_id   BIGINT        NOT NULL,
    item_id      VARCHAR(80)   NOT NULL,
    module_id    VARCHAR(80)   NOT NULL,
    submitted_at DATETIME(6)   NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    points       DECIMAL(9, 2) NULL,
    max_points   DECIMAL(9, 2) NOT NULL,
    passed       BOOLEAN       NULL,
    comment      TEXT          NULL,
    grader_id    BIGINT        NULL,
    graded_at    DATETIME(6)   NULL,
    released_at  DATETIME(6)   NULL,
    revision     INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_grading_work_source UNIQUE (kind, source_id, slot),
    CONSTRAINT fk_grading_work_learner FOREIGN KEY (learner_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_grading_work_grader FOREIGN KEY (grader_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_grading_work_item FOREIGN KEY (item_id) REFERENCES content_item (id),
    CONSTRAINT ck_grading_work_kind CHECK (kind IN ('ASSIGNMENT', 'ESSAY', 'SCENARIO')),
    CONSTRAINT ck_grading_work_state CHECK (state IN ('WAITING', 'DRAFT', 'RELEASED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_grading_work_queue ON grading_work (state, submitted_at);
CREATE INDEX ix_grading_work_module ON grading_work (module_id, state, submitted_at);
CREATE INDEX ix_grading_work_learner ON grading_work (learner_id, state);

-- Points and comment per rubric criterion (or per reviewed reply of a scenario, or the single mark of an essay).
CREATE TABLE grading_criterion (
    work_id   BIGINT        NOT NULL,
    criterion VARCHAR(120)  NOT NULL,
    points    DECIMAL(9, 2) NULL,
    comment   TEXT          NULL,
    PRIMARY KEY (work_id, criterion),
    CONSTRAINT fk_grading_criterion_work FOREIGN KEY (work_id) REFERENCES grading_work (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every grade change: who, when, what it was, what it became and why (a reason is required once released).
CREATE TABLE grading_audit (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    work_id    BIGINT        NOT NULL,
    actor_id   BIGINT        NULL,
    actor_name VARCHAR(120)  NOT NULL,
    at         DATETIME(6)   NOT NULL,
    action     VARCHAR(20)   NOT NULL,
    old_state  VARCHAR(20)   NOT NULL,
    new_state  VARCHAR(20)   NOT NULL,
    old_points DECIMAL(9, 2) NULL,
    new_points DECIMAL(9, 2) NULL,
    reason     TEXT          NULL,
    CONSTRAINT fk_grading_audit_work FOREIGN KEY (work_id) REFERENCES grading_work (id) ON DELETE CASCADE,
    CONSTRAINT fk_grading_audit_actor FOREIGN KEY (actor_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_grading_audit_action CHECK (action IN ('DRAFT', 'RELEASE', 'CHANGE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_grading_audit_work ON grading_audit (work_id, at);
--rollback DROP TABLE grading_audit; DROP TABLE grading_criterion; DROP TABLE grading_work; DROP TABLE scenario_run_review;
--rollback ALTER TABLE assignment_submission DROP COLUMN points, DROP COLUMN max_points, DROP COLUMN percent, DROP COLUMN passed, DROP COLUMN graded_at;
