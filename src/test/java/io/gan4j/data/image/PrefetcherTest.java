package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Prefetcher")
class PrefetcherTest {

    @Test
    @DisplayName("returns exactly the batches start, start+1, … that direct calls give")
    void equalsDirect() {
        ShuffledBatches batches = new ShuffledBatches(ShuffledBatchesTest.ten(), 3, 21);
        try (Prefetcher<Batch> prefetcher = Prefetcher.of(batches, 5)) {
            for (long k = 5; k < 25; k++) {
                Batch batch = prefetcher.next();
                assertThat(batch.index()).isEqualTo(k);
                assertThat(batch.images()).isEqualTo(batches.batch(k));
                assertThat(batch.labels()).isEqualTo(batches.labels(k));
            }
        }
    }

    @Test
    @DisplayName("prepares at most depth + 1 batches ahead")
    void depth() throws InterruptedException {
        AtomicLong prepared = new AtomicLong();
        try (Prefetcher<Long> prefetcher = new Prefetcher<>(
                k -> {
                    prepared.incrementAndGet();
                    return k;
                },
                0,
                3)) {
            for (int wait = 0; wait < 500 && prepared.get() < 4; wait++) {
                Thread.sleep(10);
            }
            Thread.sleep(100);
            assertThat(prepared.get()).isEqualTo(4); // 3 waiting, the 4th blocked on the queue
            assertThat(prefetcher.next()).isZero();
            assertThat(prefetcher.next()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("surfaces a failure in preparation on the next() of that batch, with its message")
    void failure() {
        try (Prefetcher<Long> prefetcher = new Prefetcher<>(
                k -> {
                    if (k == 2) {
                        throw new ImageDataException("/data/x.bin: truncated");
                    }
                    return k * 10;
                },
                0,
                2)) {
            assertThat(prefetcher.next()).isZero();
            assertThat(prefetcher.next()).isEqualTo(10);
            assertThatThrownBy(prefetcher::next)
                    .isInstanceOf(ImageDataException.class)
                    .hasMessage("preparing batch 2 failed: /data/x.bin: truncated")
                    .hasCauseInstanceOf(ImageDataException.class);
        }
    }

    @Test
    @DisplayName("close() stops the daemon thread")
    void close() throws InterruptedException {
        Prefetcher<Long> prefetcher = new Prefetcher<>(k -> k, 0, 2);
        assertThat(prefetcher.next()).isZero();
        prefetcher.close();
        Thread.sleep(50);
        assertThat(Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().equals("gan4j-prefetch") && t.isAlive()))
                .isEmpty();
        assertThatThrownBy(prefetcher::next).isInstanceOf(IllegalStateException.class);
    }
}
