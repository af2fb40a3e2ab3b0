package uk.ictreview.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A taker never waits for ever on a reading thread that has ended without handing over its end. */
class HandoverTest {
    @Test
    void takesWhatWasHandedOverThenWhatEndedTheThread() throws Exception {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
        AtomicReference<Throwable> died = new AtomicReference<>();
        Thread t = Handover.start(
                () -> {
                    queue.add("row 2");
                    throw new OutOfMemoryError("Java heap space (made up)");
                },
                "test-reader",
                died);
        t.join();
        assertThat(Handover.take(queue, t, died)).isEqualTo("row 2");
        assertThatThrownBy(() -> Handover.take(queue, t, died))
                .isInstanceOf(OutOfMemoryError.class)
                .hasMessage("Java heap space (made up)");
    }

    @Test
    void aThreadThatEndedQuietlyWithoutItsEndIsSaidToHaveEnded() throws Exception {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
        AtomicReference<Throwable> died = new AtomicReference<>();
        Thread t = Handover.start(() -> {}, "test-reader", died);
        t.join();
        assertThatThrownBy(() -> Handover.take(queue, t, died))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the thread test-reader ended without handing over the rest of the sheet");
    }

    @Test
    void waitsForAnItemStillToComeFromALiveThread() throws Exception {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
        AtomicReference<Throwable> died = new AtomicReference<>();
        Thread t = Handover.start(
                () -> {
                    try {
                        Thread.sleep(300); // longer than the taker's look at the thread, so it looks and waits on
                        queue.add("end");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "test-reader",
                died);
        assertThat(Handover.take(queue, t, died)).isEqualTo("end");
        t.join();
        assertThat(died.get()).isNull();
    }
}
