package fr.ocpizza.pos.application.staff;

import fr.ocpizza.pos.application.Audit;
import fr.ocpizza.pos.application.Permissions;
import fr.ocpizza.pos.application.auth.AuthService;
import fr.ocpizza.pos.domain.ConcurrentChangeException;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.domain.staff.StaffAuthority;
import fr.ocpizza.pos.domain.staff.StaffFields;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.persistence.entity.StaffEntity;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The back office's staff: list, create, edit, deactivate and reactivate staff members, and reset
 * a PIN or password. Only managers may (a store manager his own pizzeria's staff, a chain manager
 * anyone's: {@link StaffAuthority}). Each method is one transaction that checks the permission
 * first; on any refusal nothing is written. Every change writes an {@code audit_log} row
 * ({@code STAFF_*}, entity {@code staff}, the store the member was at) whose details never hold a
 * PIN, a password or a hash.
 */
public final class StaffService {

    private static final String ENTITY = "staff";
    private static final String CREATED = "STAFF_CREATED";
    private static final String UPDATED = "STAFF_UPDATED";
    private static final String DEACTIVATED = "STAFF_DEACTIVATED";
    private static final String REACTIVATED = "STAFF_REACTIVATED";
    private static final String SECRET_RESET = "STAFF_SECRET_RESET";

    private final SessionFactory sessions;
    private final Clock clock;

    public StaffService(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Everyone of the store, active and inactive: the active first, then by role and name. */
    public List<StaffMember> list(StaffPrincipal caller, int storeId) {
        Permissions.MANAGE_STAFF.checkRole(caller);
        StaffAuthority.checkMayManage(caller, storeId);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return session.createSelectionQuery("from StaffEntity s where s.storeId = :store"
                            + " order by s.active desc, s.role, s.fullName, s.id", StaffEntity.class)
                    .setParameter("store", storeId)
                    .getResultStream().map(this::view).toList();
        });
    }

    /** The chain managers (managers of no store), active and inactive; for chain managers only. */
    public List<StaffMember> chainManagers(StaffPrincipal caller) {
        Permissions.MANAGE_STAFF.checkRole(caller);
        StaffAuthority.checkMayManage(caller, null);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return session.createSelectionQuery("from StaffEntity s where s.storeId is null"
                            + " order by s.active desc, s.fullName, s.id", StaffEntity.class)
                    .getResultStream().map(this::view).toList();
        });
    }

    /** One staff member, as the caller may see him. */
    public StaffMember member(StaffPrincipal caller, long staffId) {
        Permissions.MANAGE_STAFF.checkRole(caller);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            StaffEntity staff = load(session, staffId);
            StaffAuthority.checkMayManage(caller, staff.storeId);
            return view(staff);
        });
    }

    /**
     * Creates a staff member who can log in at once with the given code. Refused when the login is
     * malformed or taken, the name is missing, the code does not fit the role (PIN of 4 to 6
     * digits; manager password of at least 10 characters), or the store is not the caller's.
     */
    public StaffMember create(StaffPrincipal caller, NewStaffMember request) {
        Permissions.MANAGE_STAFF.checkRole(caller);
        Role role = requireRole(request.role());
        StaffAuthority.checkStoreFits(role, request.storeId());
        StaffAuthority.checkMayManage(caller, request.storeId());
        String login = StaffFields.login(request.login());
        String fullName = StaffFields.fullName(request.fullName());
        String hash = AuthService.hashSecret(role, request.secret());
        Instant now = clock.instant();
        return sessions.fromTransaction(session -> {
            if (request.storeId() != null) {
                requireStore(session, request.storeId());
            }
            requireFreeLogin(session, login);
            StaffEntity staff = new StaffEntity();
            staff.login = login;
            staff.fullName = fullName;
            staff.role = role;
            staff.storeId = request.storeId();
            setSecret(staff, role, hash);
            staff.active = true;
            staff.createdAt = now;
            try {
                session.persist(staff);
                session.flush();
            } catch (PersistenceException e) {
                if (isLoginTaken(e)) {
                    // Another terminal took the login between our check and our insert.
                    throw loginTaken(login);
                }
                throw e;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("login", login);
            details.put("fullName", fullName);
            details.put("role", role.name());
            details.put("storeId", staff.storeId);
            Audit.record(session, caller, staff.storeId, CREATED, ENTITY, staff.id, details, now);
            return view(staff);
        });
    }

    /**
     * Changes a member's name, role or store. A store manager keeps his staff in his pizzeria and
     * may not appoint a chain manager; nobody demotes himself. A role that changes between PIN and
     * password needs its new code in {@link StaffEdit#newSecret()}; the old code is then erased.
     * Refused with a {@link ConcurrentChangeException} when the member changed since {@code expectedVersion}.
     */
    public StaffMember edit(StaffPrincipal caller, long staffId, StaffEdit edit) {
        Permissions.MANAGE_STAFF.checkRole(caller);
        Role role = requireRole(edit.role());
        String fullName = StaffFields.fullName(edit.fullName());
        Instant now = clock.instant();
        return onMember(staffId, session -> {
            StaffEntity staff = load(session, staffId);
            StaffAuthority.checkMayManage(caller, staff.storeId);
            if (staff.version != edit.expectedVersion()) {
                throw new ConcurrentChangeException("Staff member", staff.login);
            }
            StaffAuthority.checkChange(caller, staff.id, staff.role, staff.storeId, role, edit.storeId());
            if (edit.storeId() != null && !edit.storeId().equals(staff.storeId)) {
                requireStore(session, edit.storeId());
            }
            boolean secretKindChanges = role.usesPassword() != staff.role.usesPassword();
            if (secretKindChanges && edit.newSecret() == null) {
                throw secretRequired(role);
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("login", staff.login);
            Integer storeBefore = staff.storeId;
            changed(details, "fullName", staff.fullName, fullName);
            changed(details, "role", staff.role.name(), role.name());
            changed(details, "storeId", staff.storeId, edit.storeId());
            if (edit.newSecret() != null) {
                setSecret(staff, role, AuthService.hashSecret(role, edit.newSecret()));
                unlock(staff);
                details.put("newSecret", secretName(role));
            }
            if (details.size() == 1) {
                return view(staff);
            }
            staff.fullName = fullName;
            staff.role = role;
            staff.storeId = edit.storeId();
            session.flush();
            Audit.record(session, caller, storeBefore, UPDATED, ENTITY, staff.id, details, now);
            return view(staff);
        });
    }

    /** Stops a member from logging in, history kept; a manager may not deactivate himself. */
    public StaffMember deactivate(StaffPrincipal caller, long staffId) {
        Permissions.MANAGE_STAFF.checkRole(caller);
        StaffAuthority.checkMayDeactivate(caller, staffId);
        return setActive(caller, staffId, false);
    }

    /** Lets a deactivated member log in again, with the code he had. */
    public StaffMember reactivate(StaffPrincipal caller, long staffId) {
        Permissions.MANAGE_STAFF.checkRole(caller);
        return setActive(caller, staffId, true);
    }

    /**
     * Sets a new PIN (4 to 6 digits) or, for a manager, password (at least 10 characters), and lifts
     * a lock-out after too many wrong codes. A manager may reset his own.
     */
    public StaffMember resetSecret(StaffPrincipal caller, long staffId, String newSecret) {
        Permissions.MANAGE_STAFF.checkRole(caller);
        Instant now = clock.instant();
        return onMember(staffId, session -> {
            StaffEntity staff = load(session, staffId);
            StaffAuthority.checkMayManage(caller, staff.storeId);
            boolean wasLocked = staff.lockedUntil != null && staff.lockedUntil.isAfter(now);
            setSecret(staff, staff.role, AuthService.hashSecret(staff.role, newSecret));
            unlock(staff);
            session.flush();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("login", staff.login);
            details.put("newSecret", secretName(staff.role));
            details.put("unlocked", wasLocked);
            Audit.record(session, caller, staff.storeId, SECRET_RESET, ENTITY, staff.id, details, now);
            return view(staff);
        });
    }

    private StaffMember setActive(StaffPrincipal caller, long staffId, boolean active) {
        Instant now = clock.instant();
        return onMember(staffId, session -> {
            StaffEntity staff = load(session, staffId);
            StaffAuthority.checkMayManage(caller, staff.storeId);
            if (staff.active == active) {
                return view(staff);
            }
            staff.active = active;
            session.flush();
            Audit.record(session, caller, staff.storeId, active ? REACTIVATED : DEACTIVATED, ENTITY, staff.id,
                    Map.of("login", staff.login), now);
            return view(staff);
        });
    }

    /** One transaction on one member, turning a concurrent change by another terminal into a clear refusal. */
    private StaffMember onMember(long staffId, Function<Session, StaffMember> work) {
        try {
            return sessions.fromTransaction(work);
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConcurrentChangeException("Staff member", staffId);
        }
    }

    private static StaffEntity load(Session session, long staffId) {
        StaffEntity staff = session.find(StaffEntity.class, staffId);
        if (staff == null) {
            throw new NotFoundException("Staff member", staffId);
        }
        return staff;
    }

    private static void requireStore(Session session, int storeId) {
        long found = session.createNativeQuery("SELECT count(*) FROM store WHERE id = :id", Long.class)
                .setParameter("id", storeId).getSingleResult();
        if (found == 0) {
            throw new NotFoundException("Store", storeId);
        }
    }

    private static void requireFreeLogin(Session session, String login) {
        boolean taken = !session.createSelectionQuery("select s.id from StaffEntity s where s.login = :login", Long.class)
                .setParameter("login", login).getResultList().isEmpty();
        if (taken) {
            throw loginTaken(login);
        }
    }

    private static Role requireRole(Role role) {
        if (role == null) {
            throw new ValidationException("error.staff.role",
                    "\"\" is not a role: choose CASHIER, PIZZAIOLO, DELIVERY or MANAGER.", "");
        }
        return role;
    }

    private static boolean isLoginTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().contains("login")) {
                return true;
            }
        }
        return false;
    }

    private static ValidationException loginTaken(String login) {
        return new ValidationException("error.staff.login.taken",
                "The login " + login + " is already used (perhaps by a deactivated member): choose another one.", login);
    }

    private static ValidationException secretRequired(Role role) {
        return role.usesPassword()
                ? new ValidationException("error.staff.passwordRequired",
                        "A manager logs in with a password: give one of at least 10 characters.")
                : new ValidationException("error.staff.pinRequired",
                        "A " + role + " logs in with a PIN: give one of 4 to 6 digits.", role.name());
    }

    /** Sets the hash of the code this role logs in with, and erases the other kind. */
    private static void setSecret(StaffEntity staff, Role role, String hash) {
        if (role.usesPassword()) {
            staff.passwordHash = hash;
            staff.pinHash = null;
        } else {
            staff.pinHash = hash;
            staff.passwordHash = null;
        }
    }

    private static void unlock(StaffEntity staff) {
        staff.failedAttempts = 0;
        staff.lockedUntil = null;
    }

    private static String secretName(Role role) {
        return role.usesPassword() ? "PASSWORD" : "PIN";
    }

    private static void changed(Map<String, Object> details, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", before);
            change.put("to", after);
            details.put(field, change);
        }
    }

    private StaffMember view(StaffEntity staff) {
        // A lock-out that has run out stays in the row until the next login: it no longer counts.
        Instant lockedUntil = staff.lockedUntil != null && staff.lockedUntil.isAfter(clock.instant()) ? staff.lockedUntil : null;
        return new StaffMember(staff.id, staff.login, staff.fullName, staff.role, staff.storeId, staff.active,
                lockedUntil, staff.lastLoginAt, staff.createdAt, staff.version);
    }
}
