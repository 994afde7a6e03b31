package fr.ocpizza.pos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code counter.promise.*} settings: defaults, environment override, refusals. */
class PromisedTimeSettingsTest {

    @Test
    void defaultsAreDocumentedInTheBundledFile() {
        AppConfig config = AppConfig.of(Map.of());

        assertThat(config.promiseBase()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.promisePerPizza()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.promiseOvens()).isEqualTo(1);
        assertThat(config.promiseDelivery()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void theEnvironmentOverridesThem() {
        AppConfig config = AppConfig.load(null, Map.of("OCPIZZA_COUNTER_PROMISE_OVENS", "2",
                "OCPIZZA_COUNTER_PROMISE_DELIVERY_MINUTES", "30"), ConfigFiles.NONE);

        assertThat(config.promiseOvens()).isEqualTo(2);
        assertThat(config.promiseDelivery()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void badValuesStopTheStartWithWhatToPut() {
        assertThatThrownBy(() -> AppConfig.of(Map.of(AppConfig.PROMISE_OVENS, "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("counter.promise.ovens=0 is out of range: use a number from 1 to 20");
        assertThatThrownBy(() -> AppConfig.load(null, Map.of("OCPIZZA_COUNTER_PROMISE_BASE_MINUTES", "quinze"), ConfigFiles.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("counter.promise.base.minutes=quinze is not a whole number")
                .hasMessageContaining("OCPIZZA_COUNTER_PROMISE_BASE_MINUTES");
    }
}
