--liquibase formatted sql

--changeset cm-academy:202612072200-1
-- The programme.yaml text, read back for the programme's certificate rules (like quiz definitions). Emptying the
-- hashes makes the next content load store it for programmes loaded before this column existed.
ALTER TABLE content_programme ADD COLUMN definition MEDIUMTEXT NULL;
UPDATE content_programme SET content_hash = '';
--rollback ALTER TABLE content_programme DROP COLUMN definition;

--changeset cm-academy:202612072200-2
-- A certificate (a programme) or a badge (a module) issued to a learner. `cycle` counts re-certifications: the unique
-- key makes issuing exactly once even when events race or several instances listen. The verification code is
-- random; the credential is the signed Open Badges 3.0 JSON, frozen at issuance. Name and titles are copied so that
-- verification keeps working without the learner's account.
CREATE TABLE certificate (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id           BIGINT       NULL,
    kind              VARCHAR(20)  NOT NULL,
    subject_id        VARCHAR(80)  NOT NULL,
    cycle             INT          NOT NULL,
    code              CHAR(20)     NOT NULL,
    holder_name       VARCHAR(300) NOT NULL,
    language          CHAR(2)      NOT NULL,
    title_fr          VARCHAR(300) NOT NULL,
    title_en          VARCHAR(300) NOT NULL,
    issued_at         DATETIME(6)  NOT NULL,
    valid_until       DATETIME(6)  NULL,
    manual_reason     VARCHAR(500) NULL,
    issued_by         BIGINT       NULL,
    revoked_at        DATETIME(6)  NULL,
    revoked_reason    VARCHAR(500) NULL,
    credential        MEDIUMTEXT   NOT NULL,
    CONSTRAINT uk_certificate_cycle UNIQUE (user_id, kind, subject_id, cycle),
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT fk_certificate_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_certificate_kind CHECK (kind IN ('CERTIFICATE', 'BADGE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE certificate;

--changeset cm-academy:202612072200-3
-- Best scores reached on quizzes and scenarios, as their events reported them, with when: the certificate rules'
-- minimum grades are checked against them (after an expiry, only scores reached since count).
CREATE TABLE certificate_score (
    user_id     BIGINT      NOT NULL,
    item_id     VARCHAR(80) NOT NULL,
    percent     DOUBLE      NOT NULL,
    achieved_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, item_id, achieved_at),
    CONSTRAINT fk_certificate_score_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE certificate_score;

--changeset cm-academy:202612072200-4
-- The issuer's Ed25519 signing keys. The newest is used to sign; older ones still verify what they signed. The private
-- key never leaves the server.
CREATE TABLE certificate_key (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    public_key  VARBINARY(64) NOT NULL,
    private_key VARBINARY(128) NOT NULL,
    created_at  DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE certificate_key;
