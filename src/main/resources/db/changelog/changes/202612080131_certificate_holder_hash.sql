--liquibase formatted sql

--changeset cm-academy:202612080131-1
-- When a holder's personal data is erased, the printed name leaves the database: only a salted hash of it stays
-- (Open Badges' hashed IdentityObject: "sha256$" + hex of SHA-256 over the normalised name followed by the salt), so the
-- verification page can still tell whether the name printed on a certificate is the one it was issued to.
ALTER TABLE certificate
    ADD COLUMN holder_hash      CHAR(71)    NULL,
    ADD COLUMN holder_salt      CHAR(32)    NULL,
    ADD COLUMN holder_erased_at DATETIME(6) NULL;
--rollback ALTER TABLE certificate DROP COLUMN holder_hash, DROP COLUMN holder_salt, DROP COLUMN holder_erased_at;
