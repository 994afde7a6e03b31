package fr.ocpizza.pos.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Closing the terminal waits for the work in flight (an order being placed) instead of cutting it. */
class FxTaskExecutorTest {

    @Test
    void closingWaitsForTheTaskInFlightToFinish() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(2);
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean committed = new AtomicBoolean();
        executor.execute(() -> {
            started.countDown();
            Thread.sleep(400);
            committed.set(true);
            return null;
        }, result -> { }, failure -> { });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        boolean finished = executor.closeAndWait(Duration.ofSeconds(5));

        assertThat(finished).isTrue();
        assertThat(committed).isTrue();
    }

    @Test
    void aTaskStuckPastTheWaitIsInterrupted() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        executor.execute(() -> {
            started.countDown();
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            return null;
        }, result -> { }, failure -> { });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(executor.closeAndWait(Duration.ofMillis(200))).isFalse();
        Thread.sleep(200);
        assertThat(interrupted).isTrue();
    }
}
