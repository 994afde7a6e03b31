-- OC Pizza shared schema, version 1.
-- Shared by the terminals (OC Pizza Terminal) and the online shop: docs/schema.md is the contract.
-- Targets PostgreSQL 12 and newer: no features newer than 12 (no MERGE, no NULLS NOT DISTINCT).

-- ---------------------------------------------------------------- stores and staff

CREATE TABLE store (
    id            integer PRIMARY KEY,
    code          text        NOT NULL UNIQUE,
    name          text        NOT NULL,
    address_line  text        NOT NULL,
    postal_code   text        NOT NULL CHECK (postal_code ~ '^[0-9]{5}$'),
    city          text        NOT NULL,
    phone         text        NOT NULL,
    time_zone     text        NOT NULL DEFAULT 'Europe/Paris',
    active        boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff (
    id               bigserial PRIMARY KEY,
    -- NULL store: a chain manager, who works across every pizzeria.
    store_id         integer     REFERENCES store (id),
    login            text        NOT NULL UNIQUE CHECK (login ~ '^[a-z0-9._-]{2,40}$'),
    full_name        text        NOT NULL,
    role             text        NOT NULL CHECK (role IN ('CASHIER', 'PIZZAIOLO', 'MANAGER', 'DELIVERY')),
    -- bcrypt hashes; PIN for counter, kitchen and delivery staff, password for managers.
    pin_hash         text,
    password_hash    text,
    active           boolean     NOT NULL DEFAULT true,
    failed_attempts  integer     NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until     timestamptz,
    last_login_at    timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 0,
    CONSTRAINT staff_has_secret CHECK (
        (role = 'MANAGER' AND password_hash IS NOT NULL) OR (role <> 'MANAGER' AND pin_hash IS NOT NULL)),
    CONSTRAINT staff_store_required CHECK (role = 'MANAGER' OR store_id IS NOT NULL)
);
CREATE INDEX staff_store_idx ON staff (store_id);

-- ---------------------------------------------------------------- customers

CREATE TABLE customer (
    id          bigserial PRIMARY KEY,
    first_name  text,
    last_name   text        NOT NULL,
    email       text,
    note        text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE customer_phone (
    id           bigserial PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    -- E.164, e.g. +33612345678: the counter looks customers up by it.
    phone        text   NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
    label        text,
    UNIQUE (customer_id, phone)
);
CREATE INDEX customer_phone_phone_idx ON customer_phone (phone);

CREATE TABLE customer_address (
    id            bigserial PRIMARY KEY,
    customer_id   bigint      NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    label         text,
    line1         text        NOT NULL,
    line2         text,
    postal_code   text        NOT NULL CHECK (postal_code ~ '^[0-9]{5}$'),
    city          text        NOT NULL,
    instructions  text,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_address_customer_idx ON customer_address (customer_id);

-- ---------------------------------------------------------------- menu, ingredients, recipes

CREATE TABLE ingredient (
    id     serial PRIMARY KEY,
    code   text NOT NULL UNIQUE,
    name   text NOT NULL,
    unit   text NOT NULL CHECK (unit IN ('g', 'ml', 'piece'))
);

CREATE TABLE product (
    id           serial PRIMARY KEY,
    code         text         NOT NULL UNIQUE,
    name         text         NOT NULL,
    category     text         NOT NULL CHECK (category IN ('PIZZA', 'DRINK', 'DESSERT')),
    description  text,
    -- VAT rate in percent, prices below include it (French menu prices are TTC).
    vat_rate     numeric(4,2) NOT NULL CHECK (vat_rate IN (5.50, 10.00, 20.00)),
    available    boolean      NOT NULL DEFAULT true,
    sort_order   integer      NOT NULL DEFAULT 0,
    version      bigint       NOT NULL DEFAULT 0
);

CREATE TABLE product_size (
    id           serial PRIMARY KEY,
    product_id   integer NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    -- S, M, L for pizzas; U (unique) for drinks and desserts.
    size_code    text    NOT NULL CHECK (size_code IN ('S', 'M', 'L', 'U')),
    price_cents  integer NOT NULL CHECK (price_cents >= 0),
    UNIQUE (product_id, size_code)
);

-- What one portion of a product size consumes.
CREATE TABLE recipe_item (
    product_size_id  integer        NOT NULL REFERENCES product_size (id) ON DELETE CASCADE,
    ingredient_id    integer        NOT NULL REFERENCES ingredient (id),
    quantity         numeric(10,3)  NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (product_size_id, ingredient_id)
);

-- The pizzaiolo's reminder: ordered preparation steps of a product.
CREATE TABLE recipe_step (
    product_id   integer NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    step_no      integer NOT NULL CHECK (step_no > 0),
    instruction  text    NOT NULL,
    PRIMARY KEY (product_id, step_no)
);

-- Toppings a customer may add, with the quantity and the price of one extra per pizza size.
CREATE TABLE extra_topping (
    ingredient_id  integer       NOT NULL REFERENCES ingredient (id),
    size_code      text          NOT NULL CHECK (size_code IN ('S', 'M', 'L', 'U')),
    quantity       numeric(10,3) NOT NULL CHECK (quantity > 0),
    price_cents    integer       NOT NULL CHECK (price_cents >= 0),
    PRIMARY KEY (ingredient_id, size_code)
);

-- ---------------------------------------------------------------- stock

CREATE TABLE stock (
    store_id       integer        NOT NULL REFERENCES store (id),
    ingredient_id  integer        NOT NULL REFERENCES ingredient (id),
    -- Never negative: the database refuses what the services would also refuse.
    quantity       numeric(12,3)  NOT NULL CHECK (quantity >= 0),
    low_threshold  numeric(12,3)  NOT NULL DEFAULT 0 CHECK (low_threshold >= 0),
    version        bigint         NOT NULL DEFAULT 0,
    updated_at     timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (store_id, ingredient_id)
);

-- ---------------------------------------------------------------- orders

-- Per store and business day, the last ticket number given (the number customers hear: "la 42").
CREATE TABLE order_number_counter (
    store_id       integer NOT NULL REFERENCES store (id),
    business_date  date    NOT NULL,
    last_number    integer NOT NULL,
    PRIMARY KEY (store_id, business_date)
);

CREATE TABLE customer_order (
    id                   bigserial PRIMARY KEY,
    store_id             integer     NOT NULL REFERENCES store (id),
    -- Filled by a trigger when left NULL: writers need not compute it.
    business_date        date        NOT NULL,
    ticket_number        integer     NOT NULL,
    channel              text        NOT NULL CHECK (channel IN ('COUNTER', 'PHONE', 'ONLINE')),
    fulfilment           text        NOT NULL CHECK (fulfilment IN ('TAKEAWAY', 'DELIVERY', 'EAT_IN')),
    status               text        NOT NULL DEFAULT 'RECEIVED' CHECK (status IN
                             ('RECEIVED', 'IN_PREPARATION', 'READY', 'OUT_FOR_DELIVERY', 'DELIVERED', 'PICKED_UP', 'CANCELLED')),
    customer_id          bigint      REFERENCES customer (id),
    customer_name        text,
    delivery_address_id  bigint      REFERENCES customer_address (id),
    -- The online shop's own order reference; unique so that a retried insert cannot create a twin.
    external_ref         text        UNIQUE,
    promised_at          timestamptz NOT NULL,
    note                 text,
    total_cents          integer     NOT NULL CHECK (total_cents >= 0),
    vat_cents            integer     NOT NULL CHECK (vat_cents >= 0),
    created_by           bigint      REFERENCES staff (id),
    updated_by           bigint      REFERENCES staff (id),
    version              bigint      NOT NULL DEFAULT 0,
    received_at          timestamptz NOT NULL DEFAULT now(),
    in_preparation_at    timestamptz,
    ready_at             timestamptz,
    out_for_delivery_at  timestamptz,
    delivered_at         timestamptz,
    picked_up_at         timestamptz,
    cancelled_at         timestamptz,
    cancel_reason        text,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (store_id, business_date, ticket_number),
    CONSTRAINT delivery_needs_address CHECK (fulfilment <> 'DELIVERY' OR delivery_address_id IS NOT NULL),
    CONSTRAINT vat_within_total CHECK (vat_cents <= total_cents)
);
CREATE INDEX customer_order_store_status_idx ON customer_order (store_id, status, promised_at);
CREATE INDEX customer_order_store_received_idx ON customer_order (store_id, received_at);
CREATE INDEX customer_order_customer_idx ON customer_order (customer_id);

CREATE FUNCTION customer_order_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.business_date IS NULL THEN
        NEW.business_date := (COALESCE(NEW.received_at, now())
            AT TIME ZONE (SELECT time_zone FROM store WHERE id = NEW.store_id))::date;
    END IF;
    IF NEW.ticket_number IS NULL THEN
        INSERT INTO order_number_counter AS c (store_id, business_date, last_number)
        VALUES (NEW.store_id, NEW.business_date, 1)
        ON CONFLICT (store_id, business_date) DO UPDATE SET last_number = c.last_number + 1
        RETURNING last_number INTO NEW.ticket_number;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER customer_order_number BEFORE INSERT ON customer_order
    FOR EACH ROW EXECUTE FUNCTION customer_order_number();

CREATE TABLE order_line (
    id                bigserial PRIMARY KEY,
    order_id          bigint       NOT NULL REFERENCES customer_order (id) ON DELETE CASCADE,
    line_no           integer      NOT NULL CHECK (line_no > 0),
    product_size_id   integer      NOT NULL REFERENCES product_size (id),
    -- Snapshots: what was sold, at what price and rate, whatever the menu becomes.
    product_name      text         NOT NULL,
    size_code         text         NOT NULL,
    quantity          integer      NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    unit_price_cents  integer      NOT NULL CHECK (unit_price_cents >= 0),
    vat_rate          numeric(4,2) NOT NULL,
    line_total_cents  integer      NOT NULL CHECK (line_total_cents >= 0),
    note              text,
    UNIQUE (order_id, line_no),
    CONSTRAINT line_total_is_unit_times_quantity CHECK (line_total_cents = unit_price_cents * quantity)
);

CREATE TABLE order_line_topping (
    order_line_id  bigint  NOT NULL REFERENCES order_line (id) ON DELETE CASCADE,
    ingredient_id  integer NOT NULL REFERENCES ingredient (id),
    change         text    NOT NULL CHECK (change IN ('ADD', 'REMOVE')),
    -- Price of one extra for ADD (included in the line's unit price), 0 for REMOVE.
    price_cents    integer NOT NULL DEFAULT 0 CHECK (price_cents >= 0),
    PRIMARY KEY (order_line_id, ingredient_id)
);

-- Every status change, who made it and when (staff NULL: the online shop or a customer).
CREATE TABLE order_status_change (
    id           bigserial PRIMARY KEY,
    order_id     bigint      NOT NULL REFERENCES customer_order (id) ON DELETE CASCADE,
    from_status  text,
    to_status    text        NOT NULL,
    staff_id     bigint      REFERENCES staff (id),
    changed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_status_change_order_idx ON order_status_change (order_id);

CREATE TABLE payment (
    id                   bigserial PRIMARY KEY,
    order_id             bigint      NOT NULL REFERENCES customer_order (id),
    method               text        NOT NULL CHECK (method IN ('CASH', 'CARD', 'PAYPAL', 'ON_DELIVERY')),
    status               text        NOT NULL CHECK (status IN ('PENDING', 'AUTHORIZED', 'CAPTURED', 'FAILED', 'REFUNDED', 'CANCELLED')),
    amount_cents         integer     NOT NULL CHECK (amount_cents >= 0),
    -- Cash only: what the customer handed over and the change given back.
    tendered_cents       integer     CHECK (tendered_cents >= 0),
    change_cents         integer     CHECK (change_cents >= 0),
    provider             text,
    provider_order_id    text,
    provider_capture_id  text,
    staff_id             bigint      REFERENCES staff (id),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_order_idx ON payment (order_id);
CREATE UNIQUE INDEX payment_provider_order_idx ON payment (provider, provider_order_id) WHERE provider_order_id IS NOT NULL;

-- ---------------------------------------------------------------- stock ledger

-- Every change of stock is a row here; stock.quantity is the running sum.
CREATE TABLE stock_movement (
    id              bigserial PRIMARY KEY,
    store_id        integer        NOT NULL REFERENCES store (id),
    ingredient_id   integer        NOT NULL REFERENCES ingredient (id),
    kind            text           NOT NULL CHECK (kind IN
                        ('ORDER_CONSUMPTION', 'ORDER_CANCELLATION', 'ORDER_MODIFICATION', 'DELIVERY', 'WASTE', 'COUNT_CORRECTION', 'INITIAL')),
    -- Signed: negative when stock goes out.
    quantity_delta  numeric(12,3)  NOT NULL CHECK (quantity_delta <> 0),
    quantity_after  numeric(12,3)  NOT NULL CHECK (quantity_after >= 0),
    order_id        bigint         REFERENCES customer_order (id),
    staff_id        bigint         REFERENCES staff (id),
    reason          text,
    reference       text,
    created_at      timestamptz    NOT NULL DEFAULT now()
);
CREATE INDEX stock_movement_store_ingredient_idx ON stock_movement (store_id, ingredient_id, created_at);
CREATE INDEX stock_movement_order_idx ON stock_movement (order_id);

-- ---------------------------------------------------------------- events and audit

-- Transactional outbox: written in the transaction of the change, published to Redis by a relay.
CREATE TABLE outbox_event (
    id            bigserial PRIMARY KEY,
    event_id      uuid        NOT NULL UNIQUE,
    store_id      integer     NOT NULL REFERENCES store (id),
    topic         text        NOT NULL CHECK (topic IN ('orders', 'stock')),
    type          text        NOT NULL,
    order_id      bigint,
    payload       jsonb       NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    published_at  timestamptz
);
CREATE INDEX outbox_event_unpublished_idx ON outbox_event (id) WHERE published_at IS NULL;

CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    staff_id    bigint      REFERENCES staff (id),
    store_id    integer     REFERENCES store (id),
    action      text        NOT NULL,
    entity      text        NOT NULL,
    entity_id   text,
    details     jsonb
);
CREATE INDEX audit_log_store_at_idx ON audit_log (store_id, at);
