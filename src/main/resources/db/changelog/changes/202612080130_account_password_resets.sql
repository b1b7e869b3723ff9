--liquibase formatted sql

--changeset cm-academy:202612080130-1
-- One-time password reset links. Only the SHA-256 of the token is stored: a copy of the database gives no usable
-- link. A user has at most one live token (issuing a new one deletes the older), and changing the password
-- deletes them all, so a link works once, until it expires, and only if nothing newer happened.
CREATE TABLE password_reset (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    issued_by  BIGINT      NULL,
    CONSTRAINT uk_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_password_reset_user ON password_reset (user_id);
--rollback DROP TABLE password_reset;

--changeset cm-academy:202612080130-2
-- The admin's user list sorts by these.
CREATE INDEX ix_app_user_display_name ON app_user (display_name);
CREATE INDEX ix_app_user_created_at ON app_user (created_at);
CREATE INDEX ix_app_user_last_login_at ON app_user (last_login_at);
--rollback DROP INDEX ix_app_user_display_name ON app_user; DROP INDEX ix_app_user_created_at ON app_user; DROP INDEX ix_app_user_last_login_at ON app_user;
