package io.gan4j.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gan4j.config.ConfigReader;
import io.gan4j.config.Presets;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import io.gan4j.data.image.InMemoryImages;
import io.gan4j.data.image.ShuffledBatches;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.SafetensorsReader;
import io.gan4j.training.Gan;
import io.gan4j.training.GanFactory;
import io.gan4j.training.Replicas;
import io.gan4j.training.Resume;
import io.gan4j.training.RunDirectory;
import io.gan4j.training.Trainer;
import io.gan4j.training.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataParallelTest {

    /** A toy preset for {@code steps} generator steps, nothing logged or plotted. */
    static RunConfig toy(String preset, int steps, String... more) {
        List<String> o = new ArrayList<>(List.of(
                "train.steps=" + steps, "log.every=1000", "log.eval_every=1000", "threads={intra_op: 1, blas: 1}"));
        o.addAll(List.of(more));
        return ConfigReader.fromYaml(Presets.yaml(preset), preset, o);
    }

    /** The parameters and buffers of G then D after {@code steps} of {@code config}, as one process or as a rank. */
    static List<float[]> train(RunConfig config, Replicas parallel) {
        Gan gan = GanFactory.toy(ValidConfig.of(config), new RandomStreams(config.seed()), parallel);
        new Trainer(gan, config.train(), 1000, List.of()).run();
        List<float[]> state = new ArrayList<>();
        for (Module m : new Module[] {gan.generator(), gan.discriminator()}) {
            for (TensorVector v : new TensorVector[] {m.parameters(), m.buffers()}) {
                for (long i = 0; i < v.size(); i++) {
                    Tensor t = v.get(i).detach().contiguous().to(org.bytedeco.pytorch.global.torch.ScalarType.Float);
                    float[] a = new float[(int) t.numel()];
                    t.data_ptr_float().get(a);
                    state.add(a);
                }
            }
        }
        return state;
    }

    static double maxAbsDifference(List<float[]> a, List<float[]> b) {
        assertThat(b).hasSameSizeAs(a);
        double max = 0;
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i)).hasSameSizeAs(a.get(i));
            for (int j = 0; j < a.get(i).length; j++) {
                max = Math.max(max, Math.abs(a.get(i)[j] - b.get(i)[j]));
            }
        }
        return max;
    }

    @Test
    @DisplayName("rank r's shard of each global batch is rows r, r + W, …: disjoint, together the batch and over an "
            + "epoch the dataset")
    void shardsAreDisjointAndCover() {
        int n = 48;
        byte[] pixels = new byte[n];
        int[] labels = new int[n];
        ShuffledBatches batches = new ShuffledBatches(new InMemoryImages(pixels, labels, 1, 1, 1, 1, "t"), 12, 7);
        for (int w : new int[] {1, 2, 3, 4}) {
            BitSet seen = new BitSet();
            int count = 0;
            for (long k = 0; k < n / 12; k++) {
                int[] global = batches.indices(k);
                List<Integer> union = new ArrayList<>();
                for (int r = 0; r < w; r++) {
                    int[] mine = new Shard(r, w).take(global);
                    assertThat(mine).hasSize(12 / w);
                    for (int i : mine) {
                        union.add(i);
                        seen.set(i);
                        count++;
                    }
                }
                assertThat(union)
                        .containsExactlyInAnyOrderElementsOf(
                                java.util.Arrays.stream(global).boxed().toList());
            }
            assertThat(count).as("W = " + w).isEqualTo(n);
            assertThat(seen.cardinality())
                    .as("one epoch covers the dataset with W = " + w)
                    .isEqualTo(n);
        }
        assertThat(new Shard(1, 3).take(new int[] {10, 11, 12, 13, 14, 15})).containsExactly(11, 14);
        assertThatThrownBy(() -> new Shard(0, 5).rows(12))
                .hasMessageContaining("does not split evenly over 5 processes");
    }

    @Test
    @DisplayName(
            "WGAN-GP: 2 processes with batch 128 each = 1 process with 256, after 10 generator steps (50 critic steps)")
    void wganGpTwoEqualsOne() throws Exception {
        assertEquivalent(toy("wgan-gp-ring", 10));
    }

    @Test
    @DisplayName("SNGAN hinge with spectral norm: 2 processes = 1 after 10 steps, and the ranks' weights and u vectors "
            + "are bit-identical")
    void hingeTwoEqualsOne() throws Exception {
        assertEquivalent(toy("sngan-hinge-ring", 10));
    }

    private static void assertEquivalent(RunConfig config) throws Exception {
        List<float[]> one = train(config, Replicas.ONE);
        List<List<float[]>> ranks = InProcessWorld.run(2, w -> train(config, new DataParallel(Collective.join(w))));
        assertThat(maxAbsDifference(ranks.get(0), ranks.get(1)))
                .as("rank 0 against rank 1")
                .isZero();
        double difference = maxAbsDifference(one, ranks.get(0));
        System.out.println(config.name() + ": max |w(2 processes) - w(1 process)| = " + difference);
        assertThat(difference).as("2 processes against 1").isLessThan(TOLERANCE);
        List<float[]> otherSeed = train(
                ConfigReader.fromYaml(
                        io.gan4j.config.ConfigWriter.toYaml(config), "other", List.of("seed=" + (config.seed() + 1))),
                Replicas.ONE);
        assertThat(maxAbsDifference(one, otherSeed))
                .as("a different run is far beyond the tolerance")
                .isGreaterThan(100 * TOLERANCE);
    }

    @Test
    @DisplayName("a checkpoint of 2 processes resumes with 1 and continues as 1 process would have")
    void resumeAcrossProcessCounts(@TempDir Path dir) throws Exception {
        RunConfig whole = toy("wgan-gp-ring", 12, "train.checkpoint_every=6");
        RunDirectory one = RunDirectory.create(dir.resolve("one"), "one");
        TrainingRun.train(ValidConfig.of(whole), one, null, false);
        RunConfig half = toy("wgan-gp-ring", 6, "train.checkpoint_every=6");
        RunDirectory two = RunDirectory.create(dir.resolve("two"), "two");
        InProcessWorld.run(
                2,
                w -> TrainingRun.start(
                                ValidConfig.of(half),
                                w.rank() == 0 ? two : RunDirectory.create(dir.resolve("rank-" + w.rank()), "r"),
                                null,
                                false)
                        .within(new Worker(w))
                        .execute());
        assertThat(Files.readString(two.file("summary.json"))).contains("\"processes\" : 2");
        assertThat(dir.resolve("rank-1")).isEmptyDirectory();
        TrainingRun resumed = Resume.prepare(two.path(), List.of("train.steps=12"), null, false, System.err);
        assertThat(resumed.fromStep()).isEqualTo(6);
        resumed.execute();
        for (String f : List.of("generator.safetensors", "discriminator.safetensors")) {
            double d = maxAbsDifference(weights(one.file(f)), weights(two.file(f)));
            assertThat(d).as(f).isLessThan(TOLERANCE);
        }
    }

    private static List<float[]> weights(Path file) {
        SafetensorsReader r = SafetensorsReader.open(file);
        List<float[]> all = new ArrayList<>();
        for (String n : r.names()) {
            java.nio.FloatBuffer b =
                    r.slice(n).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            float[] a = new float[b.remaining()];
            b.get(a);
            all.add(a);
        }
        return all;
    }

    /**
     * Float tolerance on any weight: 1e-4, one Adam step of the smallest learning rate. The two
     * computations differ only in the order of float32 sums (a mean over 256 samples against the mean
     * of two means over 128), a relative ≈ 1e-7 on each gradient; but Adam divides a gradient by its
     * own magnitude, so on a weight whose gradient is itself round-off-sized (a unit that almost no
     * sample activates) that noise moves the step by up to lr. Measured: WGAN-GP after 50 critic steps
     * 1.1e-7; the hinge critic (Adam β1 = 0, lr 4e-4) after 1 step 5.8e-6 on 3 of its 130k weights,
     * after 10 steps 5.8e-6 to 8.1e-6 (it varies between runs of this test, whose two ranks share one JVM),
     * after 20 steps 9.7e-5 (the hinge's active set then starts to differ).
     * A mistake (a rank's rows or gradients not averaged, a wrong shard) is a whole step on every
     * weight from the first step; a different seed differs by more than 100 times the tolerance.
     */
    static final double TOLERANCE = 1e-4;
}
