package fr.ocpizza.pos.ui.backoffice.staff;

import fr.ocpizza.pos.application.audit.AuditEntry;
import fr.ocpizza.pos.application.audit.AuditLog;
import fr.ocpizza.pos.application.audit.AuditQuery;
import fr.ocpizza.pos.application.staff.NewStaffMember;
import fr.ocpizza.pos.application.staff.StaffEdit;
import fr.ocpizza.pos.application.staff.StaffMember;
import fr.ocpizza.pos.application.staff.StaffService;
import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.ScreenWork;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The staff tab: the pizzeria's staff, a form to create or change a member (name, role, new code),
 * deactivation, and the audit log of sensitive actions with its filters. The service enforces every
 * rule (who may change whom, code policy); this keeps the form and says what it answered.
 */
public final class StaffViewModel {

    private final StaffService staffService;
    private final AuditLog auditLog;
    private final TaskExecutor executor;
    private final StaffPrincipal caller;
    private final int storeId;
    private final ZoneId zone;
    private final Messages messages;

    private final ObservableList<StaffMember> members = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StaffMember> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty fullName = new SimpleStringProperty(this, "fullName", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.CASHIER);
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final ObservableList<AuditEntry> audit = FXCollections.observableArrayList();
    private final StringProperty auditAction = new SimpleStringProperty(this, "auditAction", "");
    private final ObjectProperty<LocalDate> auditFrom = new SimpleObjectProperty<>(this, "auditFrom");
    private final ObjectProperty<LocalDate> auditTo = new SimpleObjectProperty<>(this, "auditTo");
    private final ScreenWork work;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public StaffViewModel(StaffService staffService, AuditLog auditLog, TaskExecutor executor, StaffPrincipal caller,
                          int storeId, ZoneId zone, Messages messages) {
        this.staffService = Objects.requireNonNull(staffService);
        this.auditLog = Objects.requireNonNull(auditLog);
        this.executor = Objects.requireNonNull(executor);
        this.caller = Objects.requireNonNull(caller);
        this.storeId = storeId;
        this.zone = Objects.requireNonNull(zone);
        this.messages = Objects.requireNonNull(messages);
        this.work = new ScreenWork(executor, messages);
    }

    public void load() {
        work.run(() -> staffService.list(caller, storeId), list -> {
            members.setAll(list);
            StaffMember current = selected.get();
            select(current == null ? null : list.stream().filter(m -> m.id() == current.id()).findFirst().orElse(null));
        });
        loadAudit();
    }

    /** Fills the form with a member, or empties it for a new one. */
    public void select(StaffMember member) {
        selected.set(member);
        secret.set("");
        login.set(member == null ? "" : member.login());
        fullName.set(member == null ? "" : member.fullName());
        role.set(member == null ? Role.CASHIER : member.role());
    }

    public void newMember() {
        select(null);
        work.clearError();
        notice.set("");
    }

    /** "Enregistrer": creates the member, or saves the changes of the one selected. */
    public void save() {
        StaffMember member = selected.get();
        if (member == null) {
            NewStaffMember request = new NewStaffMember(login.get(), fullName.get(), role.get(), storeId, secret.get());
            work.run(() -> staffService.create(caller, request), created -> done(created, "backoffice.staff.created"));
        } else {
            StaffEdit edit = StaffEdit.of(member).withFullName(fullName.get()).withRole(role.get())
                    .withNewSecret(secret.get().isBlank() ? null : secret.get());
            work.run(() -> staffService.edit(caller, member.id(), edit), saved -> done(saved, "backoffice.staff.saved"));
        }
    }

    /** Désactiver / Réactiver the member selected. */
    public void toggleActive() {
        StaffMember member = selected.get();
        if (member == null) {
            return;
        }
        work.run(() -> member.active() ? staffService.deactivate(caller, member.id()) : staffService.reactivate(caller, member.id()),
                changed -> done(changed, changed.active() ? "backoffice.staff.reactivated" : "backoffice.staff.deactivated"));
    }

    /** A new PIN or password for the member selected (unlocks him too). */
    public void resetSecret() {
        StaffMember member = selected.get();
        if (member == null) {
            return;
        }
        String typed = secret.get();
        work.run(() -> staffService.resetSecret(caller, member.id(), typed), reset -> done(reset, "backoffice.staff.reset"));
    }

    private void done(StaffMember member, String key) {
        notice.set(messages.get(key, member.fullName()));
        selected.set(member);
        load();
    }

    public void loadAudit() {
        // A chain manager also reads what belongs to no pizzeria (menu prices, chain managers).
        AuditQuery query = (caller.isChainManager() ? AuditQuery.wholeChain() : AuditQuery.ofStore(storeId))
                .withAction(auditAction.get() == null || auditAction.get().isBlank() ? null
                        : new AuditSentences(messages).actionCode(auditAction.get()))
                .between(auditFrom.get() == null ? null : auditFrom.get().atStartOfDay(zone).toInstant(),
                        auditTo.get() == null ? null : auditTo.get().plusDays(1).atStartOfDay(zone).toInstant());
        work.run(() -> auditLog.read(caller, query), audit::setAll);
    }


    /** The roles a member of a pizzeria may have (chain managers are the head office's). */
    public List<Role> roles() {
        return List.of(Role.CASHIER, Role.PIZZAIOLO, Role.DELIVERY, Role.MANAGER);
    }

    public ObservableList<StaffMember> members() {
        return members;
    }

    public ReadOnlyObjectProperty<StaffMember> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public ObservableList<AuditEntry> audit() {
        return audit;
    }

    public StringProperty auditActionProperty() {
        return auditAction;
    }

    public ObjectProperty<LocalDate> auditFromProperty() {
        return auditFrom;
    }

    public ObjectProperty<LocalDate> auditToProperty() {
        return auditTo;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    public ZoneId zone() {
        return zone;
    }
}
