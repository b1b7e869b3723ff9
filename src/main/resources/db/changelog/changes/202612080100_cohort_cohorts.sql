--liquibase formatted sql

--changeset cm-academy:202612080100-1
-- Organisations run cohorts; a cohort has learners and trainers (members), follows programmes and may have a deadline.
-- Removing a member keeps the row (removed_at): their history stays, only current members count for scope and enrolment.
CREATE TABLE organisation (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(160) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_organisation_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cohort (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(160) NOT NULL,
    deadline        DATETIME(6)  NULL,
    archived        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_cohort_code UNIQUE (code),
    CONSTRAINT fk_cohort_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cohort_organisation ON cohort (organisation_id, name);

CREATE TABLE cohort_member (
    cohort_id  BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    added_at   DATETIME(6) NOT NULL,
    removed_at DATETIME(6) NULL,
    PRIMARY KEY (cohort_id, user_id, role),
    CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_member_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_cohort_member_role CHECK (role IN ('LEARNER', 'TRAINER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Trainer scope: "the cohorts where this user is a current trainer", then "their current learners".
CREATE INDEX ix_cohort_member_user ON cohort_member (user_id, role, removed_at, cohort_id);
CREATE INDEX ix_cohort_member_cohort ON cohort_member (cohort_id, role, removed_at, user_id);

CREATE TABLE cohort_programme (
    cohort_id    BIGINT      NOT NULL,
    programme_id VARCHAR(80) NOT NULL,
    added_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (cohort_id, programme_id),
    CONSTRAINT fk_cohort_programme_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_programme_programme FOREIGN KEY (programme_id) REFERENCES content_programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE cohort_programme; DROP TABLE cohort_member; DROP TABLE cohort; DROP TABLE organisation;
