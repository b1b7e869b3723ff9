--liquibase formatted sql

--changeset cm-academy:202611221001-1
-- One row per attempt. deadline_at is fixed when the attempt starts (time limit, or the quiz's close date if
-- sooner), so the timer keeps running server-side through reloads and restarts; submit_by adds the grace period:
-- answers saved until then count, and the attempt is submitted then with what was saved. open_quiz is set only while
-- the attempt is in progress: the unique key makes a second open attempt on the same quiz impossible.
CREATE TABLE quiz_attempt (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT        NOT NULL,
    quiz_id      VARCHAR(80)   NOT NULL,
    quiz_version INT           NOT NULL,
    attempt_no   INT           NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    seed         BIGINT        NOT NULL,
    started_at   DATETIME(6)   NOT NULL,
    deadline_at  DATETIME(6)   NULL,
    submit_by    DATETIME(6)   NULL,
    submitted_at DATETIME(6)   NULL,
    auto_submitted BOOLEAN     NOT NULL DEFAULT FALSE,
    marks        DECIMAL(9, 4) NULL,
    max_marks    DECIMAL(9, 4) NOT NULL,
    percent      DECIMAL(7, 3) NULL,
    provisional  BOOLEAN       NOT NULL DEFAULT FALSE,
    passed       BOOLEAN       NULL,
    open_quiz    VARCHAR(80) AS (IF(state = 'IN_PROGRESS', quiz_id, NULL)) PERSISTENT,
    CONSTRAINT uk_quiz_attempt_no UNIQUE (user_id, quiz_id, attempt_no),
    CONSTRAINT uk_quiz_attempt_open UNIQUE (user_id, open_quiz),
    CONSTRAINT fk_quiz_attempt_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_quiz_attempt_quiz FOREIGN KEY (quiz_id) REFERENCES content_item (id),
    CONSTRAINT ck_quiz_attempt_state CHECK (state IN ('IN_PROGRESS', 'SUBMITTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_quiz_attempt_submit_by ON quiz_attempt (state, submit_by);
CREATE INDEX ix_quiz_attempt_quiz ON quiz_attempt (quiz_id, state);

-- One row per question of an attempt. revision counts saved answers: a save states the revision it was based
-- on, and a stale one (another tab, a replayed request) is refused instead of overwriting a newer answer.
CREATE TABLE quiz_attempt_slot (
    attempt_id       BIGINT        NOT NULL,
    slot             INT           NOT NULL,
    question_id      VARCHAR(80)   NOT NULL,
    question_version INT           NOT NULL,
    max_marks        DECIMAL(9, 4) NOT NULL,
    display_order    VARCHAR(400)  NOT NULL,
    response         MEDIUMTEXT    NULL,
    revision         INT           NOT NULL DEFAULT 0,
    saved_at         DATETIME(6)   NULL,
    flagged          BOOLEAN       NOT NULL DEFAULT FALSE,
    fraction         DECIMAL(7, 6) NULL,
    status           VARCHAR(20)   NULL,
    PRIMARY KEY (attempt_id, slot),
    CONSTRAINT fk_quiz_attempt_slot_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    CONSTRAINT fk_quiz_attempt_slot_question FOREIGN KEY (question_id, question_version)
        REFERENCES content_question_version (question_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE quiz_attempt_slot; DROP TABLE quiz_attempt;
