-- Supervision (issue 6): the last heartbeat of each desktop terminal, one row per terminal,
-- overwritten at each beat. Additive: the online shop neither reads nor writes it (docs/schema.md).
CREATE TABLE terminal_heartbeat (
    terminal_id     uuid        PRIMARY KEY,
    hostname        text        NOT NULL,
    store_id        integer     NOT NULL REFERENCES store (id),
    workspace       text        NOT NULL,
    staff_login     text,
    app_version     text        NOT NULL,
    last_event_at   timestamptz,
    last_event_id   uuid,
    last_event_seq  bigint,
    database_up     boolean     NOT NULL,
    live_updates    text        NOT NULL CHECK (live_updates IN ('REDIS_UP', 'REDIS_DOWN', 'IN_PROCESS')),
    period_seconds  integer     NOT NULL CHECK (period_seconds > 0),
    started_at      timestamptz NOT NULL,
    heartbeat_at    timestamptz NOT NULL,
    stopped_at      timestamptz
);

CREATE INDEX terminal_heartbeat_store_idx ON terminal_heartbeat (store_id);
