--liquibase formatted sql

--changeset cm-academy:202612080300-1
-- Programmes created in the browser (a programme of the content folder is never stored here). Only the head of
-- programme.yaml is kept; the module list is made from the modules published into it.
CREATE TABLE authoring_programme (
    id         VARCHAR(80)  NOT NULL PRIMARY KEY,
    folder     VARCHAR(100) NOT NULL,
    yaml_head  TEXT         NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A module edited in the browser. Once published it is owned by the database: the content folder's copy of the same
-- module id is skipped at every sync. published_version is NULL until the first publication.
CREATE TABLE authoring_module (
    id                VARCHAR(80)  NOT NULL PRIMARY KEY,
    programme_id      VARCHAR(80)  NOT NULL,
    folder            VARCHAR(100) NOT NULL,
    published_version INT          NULL,
    draft_changed     BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_by        VARCHAR(100) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The draft: every file of the module in the content/ format, path relative to the module folder.
CREATE TABLE authoring_file (
    module_id  VARCHAR(80)  NOT NULL,
    path       VARCHAR(300) NOT NULL,
    data       MEDIUMBLOB   NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (module_id, path),
    CONSTRAINT fk_authoring_file_module FOREIGN KEY (module_id) REFERENCES authoring_module (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every publication: the module's files as a zip in the content/ format, who published it and when. The newest one is
-- what every sync lays over the content folder; reverting publishes an older one again as a new version.
CREATE TABLE authoring_version (
    module_id    VARCHAR(80)  NOT NULL,
    version      INT          NOT NULL,
    archive      LONGBLOB     NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    note         VARCHAR(200) NOT NULL,
    PRIMARY KEY (module_id, version),
    CONSTRAINT fk_authoring_version_module FOREIGN KEY (module_id) REFERENCES authoring_module (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per-item history: which items (lessons/x, quizzes/x, scenarios/x, assignments/x, banks/name, module.yaml) each
-- publication added, changed or removed.
CREATE TABLE authoring_item_change (
    module_id VARCHAR(80)  NOT NULL,
    version   INT          NOT NULL,
    item_path VARCHAR(200) NOT NULL,
    change_kind VARCHAR(10) NOT NULL,
    PRIMARY KEY (module_id, version, item_path),
    CONSTRAINT fk_authoring_item_change_version FOREIGN KEY (module_id, version)
        REFERENCES authoring_version (module_id, version) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
