package fr.ocpizza.pos.testsupport;

import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.persistence.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Looks up demo data by code, and reads what tests assert on, in plain SQL. */
public final class Fixtures {

    private final Database database;

    public Fixtures(Database database) {
        this.database = database;
    }

    public int productSizeId(String productCode, String sizeCode) {
        return queryInt("SELECT ps.id FROM product_size ps JOIN product p ON p.id = ps.product_id"
                + " WHERE p.code = ? AND ps.size_code = ?", productCode, sizeCode);
    }

    public int ingredientId(String code) {
        return queryInt("SELECT id FROM ingredient WHERE code = ?", code);
    }

    public BigDecimal stock(int storeId, String ingredientCode) {
        return queryDecimal("SELECT s.quantity FROM stock s JOIN ingredient i ON i.id = s.ingredient_id"
                + " WHERE s.store_id = ? AND i.code = ?", storeId, ingredientCode);
    }

    public BigDecimal recipeQuantity(String productCode, String sizeCode, String ingredientCode) {
        return queryDecimal("SELECT ri.quantity FROM recipe_item ri JOIN product_size ps ON ps.id = ri.product_size_id"
                + " JOIN product p ON p.id = ps.product_id JOIN ingredient i ON i.id = ri.ingredient_id"
                + " WHERE p.code = ? AND ps.size_code = ? AND i.code = ?", productCode, sizeCode, ingredientCode);
    }

    /** The recipe of a product size: ingredient code → quantity of one portion. */
    public java.util.Map<String, BigDecimal> recipe(String productCode, String sizeCode) {
        return decimalsByCode("SELECT i.code, ri.quantity FROM recipe_item ri JOIN product_size ps ON ps.id = ri.product_size_id"
                + " JOIN product p ON p.id = ps.product_id JOIN ingredient i ON i.id = ri.ingredient_id"
                + " WHERE p.code = ? AND ps.size_code = ?", productCode, sizeCode);
    }

    /** What an order's ledger rows took so far, per ingredient code (positive: consumed); none for a net 0. */
    public java.util.Map<String, BigDecimal> consumedBy(long orderId) {
        return decimalsByCode("SELECT i.code, -SUM(m.quantity_delta) FROM stock_movement m JOIN ingredient i"
                + " ON i.id = m.ingredient_id WHERE m.order_id = ? GROUP BY i.code HAVING SUM(m.quantity_delta) <> 0", orderId);
    }

    /** Rows of (text, numeric), as a map from the text to the number. */
    public java.util.Map<String, BigDecimal> decimalsByCode(String sql, Object... args) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = prepare(c, sql, args);
             ResultSet rs = ps.executeQuery()) {
            java.util.Map<String, BigDecimal> values = new java.util.TreeMap<>();
            while (rs.next()) {
                values.put(rs.getString(1), rs.getBigDecimal(2));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public BigDecimal ledgerSum(int storeId, String ingredientCode) {
        return queryDecimal("SELECT COALESCE(SUM(m.quantity_delta), 0) FROM stock_movement m JOIN ingredient i"
                + " ON i.id = m.ingredient_id WHERE m.store_id = ? AND i.code = ?", storeId, ingredientCode);
    }

    /** Sets a stock level as a count would: the stock row and a COUNT_CORRECTION ledger row, together. */
    public void countStock(int storeId, String ingredientCode, BigDecimal quantity) {
        execute("WITH old AS (SELECT s.ingredient_id, s.quantity FROM stock s JOIN ingredient i ON i.id = s.ingredient_id"
                        + "   WHERE s.store_id = ? AND i.code = ? FOR UPDATE),"
                        + " upd AS (UPDATE stock s SET quantity = ? FROM old WHERE s.store_id = ? AND s.ingredient_id = old.ingredient_id"
                        + "   RETURNING s.ingredient_id, s.quantity)"
                        + " INSERT INTO stock_movement (store_id, ingredient_id, kind, quantity_delta, quantity_after, reason)"
                        + " SELECT ?, upd.ingredient_id, 'COUNT_CORRECTION', upd.quantity - old.quantity, upd.quantity, 'test'"
                        + " FROM upd JOIN old USING (ingredient_id) WHERE upd.quantity <> old.quantity",
                storeId, ingredientCode, quantity, storeId, storeId);
    }

    public long count(String sql, Object... args) {
        return queryDecimal(sql, args).longValueExact();
    }

    /** A principal for a demo staff member, as the login would return it. */
    public StaffPrincipal staff(String login) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, full_name, role, store_id FROM staff WHERE login = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No demo staff " + login);
                }
                return new StaffPrincipal(rs.getLong(1), login, rs.getString(2), Role.valueOf(rs.getString(3)),
                        (Integer) rs.getObject(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, as ids. */
    public java.util.List<Long> ids(String sql, Object... args) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = prepare(c, sql, args);
             ResultSet rs = ps.executeQuery()) {
            java.util.List<Long> ids = new java.util.ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql, Object... args) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = prepare(c, sql, args)) {
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int queryInt(String sql, Object... args) {
        return queryDecimal(sql, args).intValueExact();
    }

    private BigDecimal queryDecimal(String sql, Object... args) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = prepare(c, sql, args);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalArgumentException("No row for " + sql);
            }
            return rs.getBigDecimal(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
