--liquibase formatted sql

--changeset cm-academy:202611221200-1
-- A learner's written answer to an assignment: a draft saved as it is typed (revision guards against a stale
-- tab overwriting newer text), then submitted for a trainer to grade.
CREATE TABLE assignment_submission (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id            BIGINT      NOT NULL,
    assignment_id      VARCHAR(80) NOT NULL,
    assignment_version INT         NOT NULL,
    body               MEDIUMTEXT  NOT NULL,
    revision           INT         NOT NULL DEFAULT 0,
    state              VARCHAR(20) NOT NULL,
    started_at         DATETIME(6) NOT NULL,
    saved_at           DATETIME(6) NULL,
    submitted_at       DATETIME(6) NULL,
    CONSTRAINT uk_assignment_submission UNIQUE (user_id, assignment_id),
    CONSTRAINT fk_assignment_submission_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignment_submission_item FOREIGN KEY (assignment_id) REFERENCES content_item (id),
    CONSTRAINT ck_assignment_submission_state CHECK (state IN ('DRAFT', 'SUBMITTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_assignment_submission_state ON assignment_submission (assignment_id, state);
--rollback DROP TABLE assignment_submission;
