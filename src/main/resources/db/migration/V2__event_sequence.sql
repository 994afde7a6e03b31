-- Live events: a sequence number per store and channel (docs/events.md).
-- Additive: terminals and shops of schema version 1 keep working (they never read these columns).

-- The last seq given per store and topic; only the outbox relay writes it.
CREATE TABLE event_sequence (
    store_id  integer NOT NULL REFERENCES store (id),
    topic     text    NOT NULL CHECK (topic IN ('orders', 'stock')),
    last_seq  bigint  NOT NULL CHECK (last_seq >= 0),
    PRIMARY KEY (store_id, topic)
);

-- Given by the relay, in outbox id order, before the event is published; also copied into the payload.
ALTER TABLE outbox_event ADD COLUMN seq bigint;
CREATE UNIQUE INDEX outbox_event_store_topic_seq_idx ON outbox_event (store_id, topic, seq) WHERE seq IS NOT NULL;

-- The terminals' watchdog looks for order changes written without an event (docs/events.md).
CREATE INDEX outbox_event_order_idx ON outbox_event (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX customer_order_store_updated_idx ON customer_order (store_id, updated_at);
