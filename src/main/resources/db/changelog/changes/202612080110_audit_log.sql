--liquibase formatted sql

--changeset cm-academy:202612080110-1
-- Every admin action: who (user id, never a name), what, on which object, when. Append-only. The detail holds
-- no personal data (ids, codes, counts, setting names), so a learner's erasure leaves the log intact and clean.
CREATE TABLE audit_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(6)  NOT NULL,
    actor_id    BIGINT       NULL,
    action      VARCHAR(60)  NOT NULL,
    target_kind VARCHAR(30)  NOT NULL,
    target_id   VARCHAR(80)  NULL,
    detail      VARCHAR(2000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_log_at ON audit_log (at);
CREATE INDEX ix_audit_log_target ON audit_log (target_kind, target_id, at);
CREATE INDEX ix_audit_log_actor ON audit_log (actor_id, at);
--rollback DROP TABLE audit_log;
