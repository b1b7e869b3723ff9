--liquibase formatted sql

--changeset cm-academy:202612072210-1
-- One row per notification. kind and args are stored, not the rendered text, so the page shows it in the reader's
-- current language and the e-mail in the recipient's preferred one. email_state follows the e-mail: NONE (mail off
-- or no address), PENDING (sent after the caller's transaction commits), SENT or FAILED. once_key, when set, makes a
-- notification happen at most once per user (a deadline reminder per quiz): a second insert hits the unique key.
CREATE TABLE notification (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    kind        VARCHAR(60)  NOT NULL,
    args        TEXT         NOT NULL,
    link        VARCHAR(500) NULL,
    once_key    VARCHAR(200) NULL,
    created_at  DATETIME(6)  NOT NULL,
    read_at     DATETIME(6)  NULL,
    email_state VARCHAR(10)  NOT NULL,
    emailed_at  DATETIME(6)  NULL,
    CONSTRAINT uk_notification_once UNIQUE (user_id, once_key),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_notification_email_state CHECK (email_state IN ('NONE', 'PENDING', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notification_unread ON notification (user_id, read_at);
CREATE INDEX ix_notification_recent ON notification (user_id, created_at);
--rollback DROP TABLE notification;
