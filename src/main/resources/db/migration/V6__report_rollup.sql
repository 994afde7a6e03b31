-- Version 6: daily rollups for the back office's reports (docs/schema.md 3.9, docs/benchmarks.md).
-- Additive: new tables and one trigger; no existing table, column or constraint changes.
--
-- A year of a chain is half a million orders: the reports read their closed days from these small
-- tables (a store's day is some 30 sales rows, 70 product rows and 50 kitchen-time rows instead of
-- 270 orders and 700 lines) and only the last two days live from the orders. Terminals fill them
-- (ReportRollup) the first time a report needs a closed day; nobody else writes them.

-- One row per store and business day whose figures are rolled up. Deleting it (the trigger below)
-- deletes the day's figures and makes the next report roll the day up again.
CREATE TABLE report_day (
    store_id       integer     NOT NULL REFERENCES store (id),
    business_date  date        NOT NULL,
    closed_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (store_id, business_date)
);

-- Orders and revenue (cents, VAT included) per hour of the day (store-local) and channel;
-- cancelled orders left out. Summary, by day, by hour and by channel all read it.
CREATE TABLE report_day_sales (
    store_id       integer NOT NULL,
    business_date  date    NOT NULL,
    hour           smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
    channel        text    NOT NULL,
    orders         integer NOT NULL CHECK (orders > 0),
    revenue_cents  bigint  NOT NULL,
    PRIMARY KEY (store_id, business_date, hour, channel),
    FOREIGN KEY (store_id, business_date) REFERENCES report_day ON DELETE CASCADE
);

-- Portions and revenue per product as sold (its name snapshot, or the half-and-half marker) and
-- size; cancelled orders left out.
CREATE TABLE report_day_product (
    store_id       integer NOT NULL,
    business_date  date    NOT NULL,
    product        text    NOT NULL,
    size_code      text    NOT NULL,
    half           boolean NOT NULL,
    quantity       integer NOT NULL,
    revenue_cents  bigint  NOT NULL,
    PRIMARY KEY (store_id, business_date, product, size_code, half),
    FOREIGN KEY (store_id, business_date) REFERENCES report_day ON DELETE CASCADE
);

-- How many orders took each whole number of minutes (seconds dropped) per kitchen stage:
-- RECEIVED_TO_READY (received_at → ready_at), READY_TO_DELIVERED (ready_at → delivered_at).
CREATE TABLE report_day_kitchen (
    store_id       integer NOT NULL,
    business_date  date    NOT NULL,
    stage          text    NOT NULL CHECK (stage IN ('RECEIVED_TO_READY', 'READY_TO_DELIVERED')),
    minutes        integer NOT NULL CHECK (minutes >= 0),
    orders         integer NOT NULL CHECK (orders > 0),
    PRIMARY KEY (store_id, business_date, stage, minutes),
    FOREIGN KEY (store_id, business_date) REFERENCES report_day ON DELETE CASCADE
);

-- A change to an order of a day that may be rolled up (any day before today) reopens that day.
-- Every writer goes through it, the online shop included, and the contract has every change of an
-- order (its lines included) update the order's row (docs/schema.md, updated_at). The shared
-- advisory lock (store, day) waits for a terminal rolling up that very day, so that the rollup it
-- commits is deleted here rather than missing this change; orders of today take no lock.
CREATE FUNCTION report_day_reopen(p_store integer, p_day date) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    IF p_day < current_date THEN
        PERFORM pg_advisory_xact_lock_shared(p_store, p_day - DATE '2000-01-01');
        DELETE FROM report_day WHERE store_id = p_store AND business_date = p_day;
    END IF;
END;
$$;

CREATE FUNCTION customer_order_reopens_report_day() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM report_day_reopen(OLD.store_id, OLD.business_date);
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.store_id <> OLD.store_id
            OR NEW.business_date <> OLD.business_date) THEN
        PERFORM report_day_reopen(NEW.store_id, NEW.business_date);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER customer_order_reopens_report_day
    AFTER INSERT OR UPDATE OR DELETE ON customer_order
    FOR EACH ROW EXECUTE FUNCTION customer_order_reopens_report_day();
