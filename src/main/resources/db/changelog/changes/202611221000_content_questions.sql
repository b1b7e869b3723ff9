--liquibase formatted sql

--changeset cm-academy:202611221000-1
-- Question banks, synced from banks/*.gift files. A question changes version when its text or answers change;
-- attempts pin the version they drew, so editing a bank never alters an attempt already started.
CREATE TABLE content_question (
    id              VARCHAR(80)  NOT NULL PRIMARY KEY,
    module_id       VARCHAR(80)  NOT NULL,
    bank            VARCHAR(120) NOT NULL,
    position        INT          NOT NULL,
    category        VARCHAR(200) NOT NULL,
    qtype           VARCHAR(20)  NOT NULL,
    current_version INT          NOT NULL,
    active          BOOLEAN      NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_content_question_module FOREIGN KEY (module_id) REFERENCES content_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_content_question_category ON content_question (category, active);

-- Each language's question as a GIFT text, re-read with the same parser that validated it.
CREATE TABLE content_question_version (
    question_id  VARCHAR(80) NOT NULL,
    version      INT         NOT NULL,
    content_hash CHAR(64)    NOT NULL,
    gift_fr      MEDIUMTEXT  NOT NULL,
    gift_en      MEDIUMTEXT  NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (question_id, version),
    CONSTRAINT fk_content_question_version_question FOREIGN KEY (question_id) REFERENCES content_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Quizzes and scenarios keep their validated definition file next to their texts.
ALTER TABLE content_item_version ADD COLUMN definition MEDIUMTEXT NULL;
--rollback ALTER TABLE content_item_version DROP COLUMN definition; DROP TABLE content_question_version; DROP TABLE content_question;
