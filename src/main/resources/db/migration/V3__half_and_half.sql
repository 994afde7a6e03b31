-- Half-and-half pizzas: one order line made of two halves of the same size (docs/schema.md, 3.5 and 5.8).
-- Additive: a writer that does not name these columns writes a whole product, as before.

-- The second half's product size (the first half is product_size_id) and the snapshot of its
-- product name; both NULL for a whole product.
ALTER TABLE order_line
    ADD COLUMN second_half_product_size_id integer REFERENCES product_size (id),
    ADD COLUMN second_half_name text,
    ADD CONSTRAINT order_line_second_half_complete
        CHECK ((second_half_product_size_id IS NULL) = (second_half_name IS NULL));
