package fr.ocpizza.pos.application.auth;

import fr.ocpizza.pos.domain.staff.PinPolicy;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.persistence.entity.StaffEntity;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.SessionFactory;

/**
 * Staff login on one pizzeria's terminal: counter, kitchen and delivery staff with a PIN, managers
 * with a password. Staff of another pizzeria are refused (a chain manager may log in anywhere).
 * After {@code maxFailures} wrong tries in a row the account is locked for {@code lockDuration}.
 */
public final class AuthService {

    private final SessionFactory sessions;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;
    private final int terminalStoreId;

    public AuthService(SessionFactory sessions, Clock clock, int maxFailures, Duration lockDuration, int terminalStoreId) {
        this.sessions = sessions;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.terminalStoreId = terminalStoreId;
    }

    /** Returns who logged in, or throws {@link LoginFailedException} with what to do. */
    public StaffPrincipal login(String login, String secret) {
        String normalized = login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
        String given = secret == null ? "" : secret;
        // The outcome is decided and recorded in one transaction; the refusal is thrown after it committed.
        Outcome outcome = sessions.fromTransaction(session -> {
            StaffEntity staff = session.createSelectionQuery("from StaffEntity s where s.login = :login", StaffEntity.class)
                    .setParameter("login", normalized)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().stream().findFirst().orElse(null);
            if (staff == null || !staff.active) {
                SecretHasher.matches(given, null);
                return Outcome.failed(LoginFailedException.unknownOrInactive());
            }
            Instant now = clock.instant();
            if (staff.lockedUntil != null && staff.lockedUntil.isAfter(now)) {
                return Outcome.failed(LoginFailedException.locked(minutesUntil(now, staff.lockedUntil)));
            }
            String hash = staff.role.usesPassword() ? staff.passwordHash : staff.pinHash;
            if (!SecretHasher.matches(given, hash)) {
                staff.failedAttempts++;
                if (staff.failedAttempts >= maxFailures) {
                    staff.failedAttempts = 0;
                    staff.lockedUntil = now.plus(lockDuration);
                    return Outcome.failed(LoginFailedException.locked(lockDuration.toMinutes()));
                }
                return Outcome.failed(LoginFailedException.wrongSecret(maxFailures - staff.failedAttempts));
            }
            staff.failedAttempts = 0;
            staff.lockedUntil = null;
            if (staff.storeId != null && staff.storeId != terminalStoreId) {
                // The code was right: no lock-out, but this is not his pizzeria's terminal.
                return Outcome.failed(LoginFailedException.otherStore(staff.storeId, terminalStoreId));
            }
            staff.lastLoginAt = now;
            return Outcome.ok(new StaffPrincipal(staff.id, staff.login, staff.fullName, staff.role, staff.storeId));
        });
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.principal();
    }

    /** Hashes a new PIN or password after checking its shape (staff management, demo data). */
    public static String hashSecret(fr.ocpizza.pos.domain.staff.Role role, String secret) {
        if (role.usesPassword()) {
            PinPolicy.checkPassword(secret);
        } else {
            PinPolicy.checkPin(secret);
        }
        return SecretHasher.hash(secret);
    }

    private static long minutesUntil(Instant now, Instant until) {
        return Math.max(1, (Duration.between(now, until).getSeconds() + 59) / 60);
    }

    private record Outcome(StaffPrincipal principal, LoginFailedException failure) {
        static Outcome ok(StaffPrincipal principal) {
            return new Outcome(principal, null);
        }

        static Outcome failed(LoginFailedException failure) {
            return new Outcome(null, failure);
        }
    }
}
