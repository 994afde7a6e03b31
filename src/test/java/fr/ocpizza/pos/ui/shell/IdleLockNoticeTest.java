package fr.ocpizza.pos.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.ui.common.Messages;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one line the login shows after an idle lock, in both languages. */
class IdleLockNoticeTest {

    private final Messages french = Messages.forLocale(Locale.FRENCH);
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @Test
    void noticeSaysHowManyMinutesOfInactivityLockedTheSession() {
        assertThat(french.get("login.idleLocked", Duration.ofMinutes(5).toMinutes()))
                .isEqualTo("Session verrouillée après 5 minutes d’inactivité");
        assertThat(french.get("login.idleLocked", 1L)).isEqualTo("Session verrouillée après 1 minute d’inactivité");
        assertThat(english.get("login.idleLocked", 5L)).isEqualTo("Session locked after 5 minutes of inactivity");
        assertThat(english.get("login.idleLocked", 1L)).isEqualTo("Session locked after 1 minute of inactivity");
    }

    @Test
    void aDelayUnderAMinuteIsNotCalledZeroMinutes() {
        assertThat(french.get("login.idleLocked", 0L)).isEqualTo("Session verrouillée après moins d’une minute d’inactivité");
        assertThat(english.get("login.idleLocked", 0L)).isEqualTo("Session locked after less than a minute of inactivity");
    }
}
