--liquibase formatted sql

--changeset cm-academy:202612080200-1
-- Bulk user imports: one row per uploaded file (its stored copy is deleted after the import or after some hours),
-- and the problems found per row. Problems hold a row number, a field and a message key with at most a row
-- number, a cohort code or a count as argument: never the row's names or e-mail addresses.
CREATE TABLE user_import_job (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_by    BIGINT        NULL,
    created_at    DATETIME(6)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    stored_file   VARCHAR(80)   NULL,
    file_size     BIGINT        NOT NULL,
    encoding      VARCHAR(20)   NOT NULL,
    has_bom       BOOLEAN       NOT NULL,
    separator_char CHAR(1)      NOT NULL,
    headers       TEXT          NOT NULL,
    mapping       VARCHAR(400)  NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    rows_read     INT           NOT NULL DEFAULT 0,
    created       INT           NOT NULL DEFAULT 0,
    unchanged     INT           NOT NULL DEFAULT 0,
    invalid       INT           NOT NULL DEFAULT 0,
    joined        INT           NOT NULL DEFAULT 0,
    bytes_read    BIGINT        NOT NULL DEFAULT 0,
    started_at    DATETIME(6)   NULL,
    finished_at   DATETIME(6)   NULL,
    failure_key   VARCHAR(80)   NULL,
    CONSTRAINT ck_user_import_job_state CHECK (state IN ('UPLOADED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED', 'EXPIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_user_import_job_created ON user_import_job (created_at);

CREATE TABLE user_import_problem (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_id      BIGINT       NOT NULL,
    row_no      INT          NOT NULL,
    field       VARCHAR(20)  NULL,
    message_key VARCHAR(80)  NOT NULL,
    argument    VARCHAR(80)  NULL,
    CONSTRAINT fk_user_import_problem_job FOREIGN KEY (job_id) REFERENCES user_import_job (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_user_import_problem_job ON user_import_problem (job_id, id);
--rollback DROP TABLE user_import_problem; DROP TABLE user_import_job;
