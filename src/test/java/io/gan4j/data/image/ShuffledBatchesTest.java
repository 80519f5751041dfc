package io.gan4j.data.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ShuffledBatches")
class ShuffledBatchesTest {

    /** 10 images of 1×1×2: image i holds bytes (i, 255 − i); label i mod 3. */
    static InMemoryImages ten() {
        byte[] pixels = new byte[20];
        int[] labels = new int[10];
        for (int i = 0; i < 10; i++) {
            pixels[2 * i] = (byte) i;
            pixels[2 * i + 1] = (byte) (255 - i);
            labels[i] = i % 3;
        }
        return new InMemoryImages(pixels, labels, 1, 1, 2, 3, "ten");
    }

    @Test
    @DisplayName("batch k is positions k·B.. of epoch 0 ++ epoch 1 ++ …, straddling epochs")
    void straddles() {
        ShuffledBatches batches = new ShuffledBatches(ten(), 4, 9);
        EpochOrder order = new EpochOrder(9, 10);
        int[] sequence = IntStream.concat(
                        IntStream.concat(Arrays.stream(order.permutation(0)), Arrays.stream(order.permutation(1))),
                        Arrays.stream(order.permutation(2)))
                .toArray();
        for (int k = 0; k < 7; k++) {
            assertThat(batches.indices(k)).as("batch %d", k).isEqualTo(Arrays.copyOfRange(sequence, 4 * k, 4 * k + 4));
        }
        // batch 2 = positions 8..11: the last two of epoch 0, the first two of epoch 1
        assertThat(batches.indices(2))
                .containsExactly(sequence[8], sequence[9], order.permutation(1)[0], order.permutation(1)[1]);
    }

    @Test
    @DisplayName("every image once per epoch, nothing dropped")
    void coverage() {
        ShuffledBatches batches = new ShuffledBatches(ten(), 5, 3);
        int[] counts = new int[10];
        for (int k = 0; k < 6; k++) {
            for (int i : batches.indices(k)) {
                counts[i]++;
            }
        }
        assertThat(counts).containsOnly(3);
    }

    @Test
    @DisplayName("scales byte x to x/127.5 − 1: 0 → −1, 255 → 1")
    void scaling() {
        ShuffledBatches batches = new ShuffledBatches(ten(), 3, 5);
        float[] images = batches.batch(4);
        int[] indices = batches.indices(4);
        int[] labels = batches.labels(4);
        assertThat(images).hasSize(6);
        for (int j = 0; j < 3; j++) {
            int i = indices[j];
            assertThat(images[2 * j]).isEqualTo((float) (i / 127.5 - 1));
            assertThat(images[2 * j + 1]).isEqualTo((float) ((255 - i) / 127.5 - 1));
            assertThat(labels[j]).isEqualTo(i % 3);
        }
        ShuffledBatches all = new ShuffledBatches(ten(), 10, 5);
        float[] epoch = all.batch(0);
        int zero = IntStream.range(0, 10)
                .filter(j -> all.indices(0)[j] == 0)
                .findFirst()
                .orElseThrow();
        assertThat(epoch[2 * zero]).isEqualTo(-1f);
        assertThat(epoch[2 * zero + 1]).isEqualTo(1f);
    }

    @Test
    @DisplayName("is stateless in k: asking again, out of order, gives the same batch")
    void stateless() {
        ShuffledBatches a = new ShuffledBatches(ten(), 4, 9);
        float[] first = a.batch(11);
        a.batch(0);
        a.batch(3);
        assertThat(a.batch(11)).isEqualTo(first);
        assertThat(new ShuffledBatches(ten(), 4, 9).batch(11)).isEqualTo(first);
        Batch both = a.at(11);
        assertThat(both.images()).isEqualTo(first);
        assertThat(both.labels()).isEqualTo(a.labels(11));
        assertThat(both.index()).isEqualTo(11);
    }
}
