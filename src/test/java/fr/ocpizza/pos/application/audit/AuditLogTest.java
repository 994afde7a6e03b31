package fr.ocpizza.pos.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.application.staff.NewStaffMember;
import fr.ocpizza.pos.application.staff.StaffEdit;
import fr.ocpizza.pos.application.staff.StaffMember;
import fr.ocpizza.pos.application.staff.StaffService;
import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.TicketRef;
import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    private static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static AuditLog audit;
    private static long created;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        fx = db.fx();
        audit = new AuditLog(db.database().sessionFactory());
        StaffPrincipal gerant1 = fx.staff("gerant1");
        StaffPrincipal chief = fx.staff("direction");
        // One staff member created at 09:00 and renamed at 11:00 in store 1, a chain manager appointed at 10:00,
        // and rows of other writers: a cancellation by a cashier of store 2 and one by the online shop in store 1.
        StaffMember member = at("09:00").create(gerant1, new NewStaffMember("caisse.audit", "Jean Audit", Role.CASHIER, 1, "1111"));
        created = member.id();
        at("10:00").create(chief, new NewStaffMember("direction.audit", "Chef Audit", Role.MANAGER, null, "chain-password-9"));
        at("11:00").edit(gerant1, member.id(), StaffEdit.of(member).withFullName("Jean-Marc Audit"));
        fx.execute("INSERT INTO audit_log (at, staff_id, store_id, action, entity, entity_id, details)"
                + " VALUES ('2026-03-02T12:00:00Z', ?, 2, 'ORDER_CANCELLED', 'customer_order', '41', '{\"reason\": \"Erreur\"}')",
                fx.staff("caisse2").staffId());
        fx.execute("INSERT INTO audit_log (at, staff_id, store_id, action, entity, entity_id, details)"
                + " VALUES ('2026-03-02T13:00:00Z', NULL, 1, 'ORDER_CANCELLED', 'customer_order', '42', NULL)");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static StaffService at(String time) {
        return new StaffService(db.database().sessionFactory(),
                Clock.fixed(Instant.parse("2026-03-02T" + time + ":00Z"), ZoneOffset.UTC));
    }

    @Test
    void aStoreManagerReadsHisStoreNewestFirstWithNamesAndReadableDetails() {
        List<AuditEntry> entries = audit.read(fx.staff("gerant1"), AuditQuery.ofStore(1));

        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("ORDER_CANCELLED", "STAFF_UPDATED", "STAFF_CREATED");
        AuditEntry shop = entries.get(0);
        assertThat(shop.staffId()).isNull();
        assertThat(shop.staffName()).isNull();
        assertThat(shop.details()).isEmpty();
        AuditEntry renamed = entries.get(1);
        assertThat(renamed.at()).isEqualTo(Instant.parse("2026-03-02T11:00:00Z"));
        assertThat(renamed.staffName()).isEqualTo(fx.staff("gerant1").fullName());
        assertThat(renamed.entity()).isEqualTo("staff");
        assertThat(renamed.entityId()).isEqualTo(String.valueOf(created));
        assertThat(renamed.details()).containsEntry("login", "caisse.audit")
                .containsEntry("fullName", Map.of("from", "Jean Audit", "to", "Jean-Marc Audit"));
        assertThatThrownBy(() -> renamed.details().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(entries.get(2).details()).containsEntry("storeId", 1).containsEntry("role", "CASHIER");
    }

    @Test
    void filtersByActionPeriodStaffAndLimit() {
        StaffPrincipal chief = fx.staff("direction");
        StaffPrincipal gerant1 = fx.staff("gerant1");

        assertThat(audit.read(chief, AuditQuery.wholeChain().withAction("ORDER_CANCELLED")))
                .extracting(AuditEntry::entityId).containsExactly("42", "41");
        assertThat(audit.read(chief, AuditQuery.wholeChain()
                        .between(Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-02T12:00:00Z"))))
                .extracting(AuditEntry::action).containsExactly("STAFF_UPDATED", "STAFF_CREATED");
        assertThat(audit.read(chief, AuditQuery.wholeChain().byStaff(gerant1.staffId())))
                .extracting(AuditEntry::action).containsExactly("STAFF_UPDATED", "STAFF_CREATED");
        assertThat(audit.read(chief, AuditQuery.wholeChain().withLimit(2))).extracting(AuditEntry::entityId)
                .containsExactly("42", "41");
        assertThat(audit.read(gerant1, AuditQuery.ofStore(1).withAction("STAFF_CREATED").between(DAY, null)))
                .singleElement().extracting(AuditEntry::entityId).isEqualTo(String.valueOf(created));
        assertThat(audit.read(gerant1, AuditQuery.ofStore(1).between(null, DAY))).isEmpty();
    }

    @Test
    void aChainManagerReadsAnyStoreAndTheChainWideRows() {
        StaffPrincipal chief = fx.staff("direction");

        assertThat(audit.read(chief, AuditQuery.ofStore(2))).extracting(AuditEntry::entityId).containsExactly("41");
        List<AuditEntry> all = audit.read(chief, AuditQuery.wholeChain().between(DAY, DAY.plus(Duration.ofDays(1))));
        assertThat(all).hasSize(5);
        assertThat(all).filteredOn(e -> e.storeId() == null).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("login", "direction.audit").containsEntry("storeId", null));
        assertThat(all).extracting(AuditEntry::at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void namesTheOrderByItsTicketNumberAndDayAndTheObjectsAndIngredientsByTheirNames() {
        OrderView order = new KitchenOrders(new OrderService(db.database().sessionFactory(), Clock.systemUTC()), fx, 3)
                .stockUp(5000).takeaway(30, LineRequest.of(fx.productSizeId("margherita", "M"), 1));
        fx.execute("INSERT INTO audit_log (at, staff_id, store_id, action, entity, entity_id, details)"
                + " VALUES ('2026-03-05T12:00:00Z', NULL, 3, 'ORDER_CANCELLED', 'customer_order', ?, NULL)", String.valueOf(order.id()));
        fx.execute("INSERT INTO audit_log (at, staff_id, store_id, action, entity, entity_id, details)"
                + " VALUES ('2026-03-05T13:00:00Z', NULL, 3, 'STOCK_COUNT_CORRECTED', 'stock', '3',"
                + " '{\"corrections\": [{\"ingredient\": \"mozzarella\", \"unit\": \"g\", \"before\": 1234, \"counted\": 1200,"
                + " \"delta\": -34}]}')");
        Instant day = Instant.parse("2026-03-05T00:00:00Z");

        List<AuditEntry> entries = audit.read(fx.staff("direction"), AuditQuery.ofStore(3).between(day, day.plus(Duration.ofDays(1))));

        assertThat(entries).hasSize(2);
        AuditEntry count = entries.get(0);
        assertThat(count.ingredientNames()).containsExactly(Map.entry("mozzarella", "Mozzarella fior di latte"));
        assertThat(count.subject()).isEqualTo("OC Pizza Batignolles");
        AuditEntry cancelled = entries.get(1);
        assertThat(cancelled.ticket()).isEqualTo(new TicketRef(order.ticketNumber(), order.businessDate()));
        assertThat(cancelled.subject()).isNull();
        AuditEntry renamed = audit.read(fx.staff("gerant1"), AuditQuery.ofStore(1).withAction("STAFF_UPDATED")).get(0);
        assertThat(renamed.subject()).isEqualTo("Jean-Marc Audit");
        assertThat(renamed.ticket()).isNull();
    }

    @Test
    void onlyManagersReadTheLogAndAStoreManagerOnlyHisStore() {
        StaffPrincipal gerant1 = fx.staff("gerant1");

        assertThatThrownBy(() -> audit.read(gerant1, AuditQuery.ofStore(2))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> audit.read(gerant1, AuditQuery.wholeChain())).isInstanceOf(PermissionDeniedException.class);
        for (String login : List.of("caisse1", "pizzaiolo1", "livreur1")) {
            assertThatThrownBy(() -> audit.read(fx.staff(login), AuditQuery.ofStore(1)))
                    .isInstanceOf(PermissionDeniedException.class)
                    .hasMessageContaining("read the audit log");
        }
    }

    @Test
    void aQueryRefusesANonsensicalLimitOrPeriod() {
        assertThatThrownBy(() -> AuditQuery.ofStore(1).withLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditQuery.ofStore(1).withLimit(AuditQuery.MAX_LIMIT + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditQuery.ofStore(1).between(DAY, DAY.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
