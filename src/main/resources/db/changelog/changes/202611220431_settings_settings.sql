--liquibase formatted sql

--changeset cm-academy:202611220431-1
CREATE TABLE app_setting (
    name       VARCHAR(100)  NOT NULL PRIMARY KEY,
    value      VARCHAR(2000) NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    updated_by VARCHAR(64)   NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE app_setting;
