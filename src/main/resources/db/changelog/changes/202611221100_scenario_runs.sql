--liquibase formatted sql

--changeset cm-academy:202611221100-1
-- A learner's run of a scenario. The run's state is never stored: it is replayed from the scenario version, the
-- seed and the action log, which the pure engine turns into the same state every time.
CREATE TABLE scenario_run (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id          BIGINT       NOT NULL,
    scenario_id      VARCHAR(80)  NOT NULL,
    scenario_version INT          NOT NULL,
    run_no           INT          NOT NULL,
    seed             BIGINT       NOT NULL,
    state            VARCHAR(20)  NOT NULL,
    started_at       DATETIME(6)  NOT NULL,
    finished_at      DATETIME(6)  NULL,
    score            INT          NULL,
    max_score        INT          NULL,
    percent          INT          NULL,
    passed           BOOLEAN      NULL,
    pending_review   BOOLEAN      NOT NULL DEFAULT FALSE,
    open_scenario    VARCHAR(80) AS (IF(state = 'IN_PROGRESS', scenario_id, NULL)) PERSISTENT,
    CONSTRAINT uk_scenario_run_no UNIQUE (user_id, scenario_id, run_no),
    CONSTRAINT uk_scenario_run_open UNIQUE (user_id, open_scenario),
    CONSTRAINT fk_scenario_run_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_scenario_run_scenario FOREIGN KEY (scenario_id) REFERENCES content_item (id),
    CONSTRAINT ck_scenario_run_state CHECK (state IN ('IN_PROGRESS', 'FINISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_scenario_run_scenario ON scenario_run (scenario_id, state);

-- Append-only: one row per learner action, in order. The primary key makes two tabs acting on the same state
-- collide instead of both applying.
CREATE TABLE scenario_run_action (
    run_id BIGINT      NOT NULL,
    seq    INT         NOT NULL,
    action TEXT        NOT NULL,
    at     DATETIME(6) NOT NULL,
    PRIMARY KEY (run_id, seq),
    CONSTRAINT fk_scenario_run_action_run FOREIGN KEY (run_id) REFERENCES scenario_run (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE scenario_run_action; DROP TABLE scenario_run;
