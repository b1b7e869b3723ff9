--liquibase formatted sql

--changeset cm-academy:202611220500-1
-- Published content, synced from the content/ folder. Rows are never deleted: an item removed from the files
-- becomes inactive (and removal is refused while learners have progress on it).
CREATE TABLE content_programme (
    id           VARCHAR(80)  NOT NULL PRIMARY KEY,
    position     INT          NOT NULL,
    title_fr     VARCHAR(300) NOT NULL,
    title_en     VARCHAR(300) NOT NULL,
    summary_fr   TEXT         NOT NULL,
    summary_en   TEXT         NOT NULL,
    self_enrol   BOOLEAN      NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    active       BOOLEAN      NOT NULL,
    updated_at   DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE content_module (
    id                VARCHAR(80)  NOT NULL PRIMARY KEY,
    programme_id      VARCHAR(80)  NOT NULL,
    position          INT          NOT NULL,
    folder            VARCHAR(200) NOT NULL,
    title_fr          VARCHAR(300) NOT NULL,
    title_en          VARCHAR(300) NOT NULL,
    summary_fr        TEXT         NOT NULL,
    summary_en        TEXT         NOT NULL,
    estimated_minutes INT          NOT NULL,
    completion_all    BOOLEAN      NOT NULL,
    completion_items  TEXT         NOT NULL,
    content_hash      CHAR(64)     NOT NULL,
    active            BOOLEAN      NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_content_module_programme FOREIGN KEY (programme_id) REFERENCES content_programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_content_module_programme ON content_module (programme_id, position);

CREATE TABLE content_objective (
    module_id VARCHAR(80) NOT NULL,
    position  INT         NOT NULL,
    text_fr   TEXT        NOT NULL,
    text_en   TEXT        NOT NULL,
    PRIMARY KEY (module_id, position),
    CONSTRAINT fk_content_objective_module FOREIGN KEY (module_id) REFERENCES content_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE content_item (
    id              VARCHAR(80)  NOT NULL PRIMARY KEY,
    module_id       VARCHAR(80)  NOT NULL,
    position        INT          NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    folder          VARCHAR(200) NOT NULL,
    current_version INT          NOT NULL,
    active          BOOLEAN      NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_content_item_module FOREIGN KEY (module_id) REFERENCES content_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_content_item_module ON content_item (module_id, position);

CREATE TABLE content_item_version (
    item_id      VARCHAR(80)  NOT NULL,
    version      INT          NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    title_fr     VARCHAR(300) NOT NULL,
    title_en     VARCHAR(300) NOT NULL,
    minutes      INT          NOT NULL,
    body_fr      MEDIUMTEXT   NOT NULL,
    body_en      MEDIUMTEXT   NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (item_id, version),
    CONSTRAINT fk_content_item_version_item FOREIGN KEY (item_id) REFERENCES content_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE content_item_version; DROP TABLE content_item; DROP TABLE content_objective; DROP TABLE content_module; DROP TABLE content_programme;
