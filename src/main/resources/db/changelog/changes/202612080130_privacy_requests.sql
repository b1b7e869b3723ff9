--liquibase formatted sql

--changeset cm-academy:202612080130-1
-- A learner's request to have their personal data erased. PENDING until an admin erases (ERASED) or refuses it with a
-- reason (REJECTED); the learner may withdraw it while pending (CANCELLED). open_user makes a second pending request of
-- the same user impossible, even for two simultaneous clicks.
CREATE TABLE privacy_request (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    decided_at   DATETIME(6)  NULL,
    decided_by   BIGINT       NULL,
    reason       VARCHAR(1000) NULL,
    open_user    BIGINT AS (IF(state = 'PENDING', user_id, NULL)) PERSISTENT,
    CONSTRAINT uk_privacy_request_open UNIQUE (open_user),
    CONSTRAINT fk_privacy_request_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_privacy_request_decider FOREIGN KEY (decided_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_privacy_request_state CHECK (state IN ('PENDING', 'CANCELLED', 'ERASED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_privacy_request_state ON privacy_request (state, requested_at);
CREATE INDEX ix_privacy_request_user ON privacy_request (user_id, requested_at);
--rollback DROP TABLE privacy_request;
