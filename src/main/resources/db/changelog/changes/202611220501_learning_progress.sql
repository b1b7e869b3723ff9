--liquibase formatted sql

--changeset cm-academy:202611220501-1
CREATE TABLE enrolment (
    user_id      BIGINT      NOT NULL,
    programme_id VARCHAR(80) NOT NULL,
    enrolled_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, programme_id),
    CONSTRAINT fk_enrolment_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_enrolment_programme FOREIGN KEY (programme_id) REFERENCES content_programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per learner and item. version pins the content version the learner started, until they finish.
CREATE TABLE item_progress (
    user_id            BIGINT      NOT NULL,
    item_id            VARCHAR(80) NOT NULL,
    version            INT         NOT NULL,
    started_at         DATETIME(6) NOT NULL,
    completed_at       DATETIME(6) NULL,
    last_seen_at       DATETIME(6) NOT NULL,
    time_spent_seconds INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, item_id),
    CONSTRAINT fk_item_progress_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_progress_item FOREIGN KEY (item_id) REFERENCES content_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_item_progress_recent ON item_progress (user_id, last_seen_at);
CREATE INDEX ix_item_progress_item ON item_progress (item_id);
--rollback DROP TABLE item_progress; DROP TABLE enrolment;
