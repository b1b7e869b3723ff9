--liquibase formatted sql

--changeset cm-academy:202611220502-1
-- Images of lessons, copied from each lesson's assets/ folder at sync time so they are served with the content
-- that was last loaded successfully.
CREATE TABLE content_asset (
    item_id      VARCHAR(80)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    media_type   VARCHAR(60)  NOT NULL,
    data         MEDIUMBLOB   NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    PRIMARY KEY (item_id, name),
    CONSTRAINT fk_content_asset_item FOREIGN KEY (item_id) REFERENCES content_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE content_asset;
