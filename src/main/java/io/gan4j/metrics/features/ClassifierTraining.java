package io.gan4j.metrics.features;

import static org.bytedeco.pytorch.global.torch.cross_entropy;

import io.gan4j.Version;
import io.gan4j.data.image.ImageSource;
import io.gan4j.data.image.ShuffledBatches;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.Safetensors;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.Adam;
import org.bytedeco.pytorch.AdamOptions;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;

/**
 * Trains the {@link MnistCnn} on a labelled training split and measures its accuracy on a test
 * split: cross-entropy, Adam (β 0.9, 0.999) at 1e-3 and at 1e-4 in the last epoch, batch 128, the
 * seeded shuffled order of the image batches, no augmentation, a fixed number of epochs.
 */
public final class ClassifierTraining {

    /** What training gave. */
    public record Result(MnistCnn network, double testAccuracy, int epochs, double seconds, String sha256, Path file) {}

    private ClassifierTraining() {}

    /**
     * @param out where the weights go (safetensors, with the accuracy and command in the metadata)
     * @param progress where each epoch's line goes, or {@code null}
     */
    public static Result train(
            ImageSource train, ImageSource test, int epochs, long seed, Path out, PrintStream progress) {
        return train("mnist", train, test, epochs, seed, out, progress);
    }

    /**
     * As {@link #train(ImageSource, ImageSource, int, long, Path, PrintStream)} for a classifier of
     * {@code dataset} (recorded in the file's metadata, which {@link MnistClassifier#load} reads).
     */
    public static Result train(
            String dataset,
            ImageSource train,
            ImageSource test,
            int epochs,
            long seed,
            Path out,
            PrintStream progress) {
        if (train.classes() != MnistCnn.CLASSES || test.classes() != MnistCnn.CLASSES) {
            throw new IllegalArgumentException(
                    "the classifier needs 10 labelled classes, found " + train.classes() + " and " + test.classes());
        }
        RandomStreams streams = new RandomStreams(seed);
        MnistCnn net = new MnistCnn(new GeneratorOptional(streams.torch(RandomStreams.INIT)));
        AdamOptions options = new AdamOptions(1e-3);
        Adam adam = new Adam(net.parameters(), options);
        int batch = 128;
        ShuffledBatches batches = new ShuffledBatches(train, batch, streams.seedOf(RandomStreams.DATA));
        long perEpoch = train.size() / batch;
        long start = System.nanoTime();
        double accuracy = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            net.train(true);
            if (epoch == epochs && epochs > 1) {
                io.gan4j.training.Optimisers.setLearningRate(adam, 1e-4);
            }
            double lossSum = 0;
            for (long k = (epoch - 1) * perEpoch; k < epoch * perEpoch; k++) {
                try (PointerScope scope = new PointerScope()) {
                    Tensor x = Tensor.create(batches.batch(k), batch, 1, 28, 28);
                    Tensor y = Tensor.create(toLongs(batches.labels(k)), batch);
                    Tensor loss = cross_entropy(net.forward(x), y);
                    adam.zero_grad();
                    loss.backward();
                    adam.step();
                    lossSum += loss.item_double();
                }
            }
            accuracy = accuracy(net, test);
            if (progress != null) {
                progress.printf(
                        Locale.ROOT,
                        "epoch %d/%d: training loss %.4f, test accuracy %.2f %% (%.0f s)%n",
                        epoch,
                        epochs,
                        lossSum / perEpoch,
                        100 * accuracy,
                        (System.nanoTime() - start) / 1e9);
                progress.flush();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("gan4j_version", Version.gan4j());
        meta.put("network", dataset + "-cnn");
        meta.put("dataset", dataset);
        meta.put("test_accuracy", String.format(Locale.ROOT, "%.4f", accuracy));
        meta.put("epochs", String.valueOf(epochs));
        meta.put("seed", String.valueOf(seed));
        meta.put("command", "gan4j classifier train --dataset " + dataset + " --epochs " + epochs + " --seed " + seed);
        Safetensors.save(net, meta, out);
        return new Result(net, accuracy, epochs, seconds, io.gan4j.files.FileDigest.sha256(out), out);
    }

    /** The share of {@code test} images whose predicted digit is their label (evaluation mode). */
    public static double accuracy(MnistCnn net, ImageSource test) {
        net.eval();
        int correct = 0;
        int n = test.size();
        int per = 28 * 28;
        for (int start = 0; start < n; start += 500) {
            int len = Math.min(500, n - start);
            float[] pixels = new float[len * per];
            byte[] image = new byte[per];
            for (int i = 0; i < len; i++) {
                test.read(start + i, image, 0);
                for (int p = 0; p < per; p++) {
                    pixels[i * per + p] = (float) ((image[p] & 0xff) / 127.5 - 1);
                }
            }
            try (PointerScope scope = new PointerScope();
                    NoGradGuard guard = new NoGradGuard()) {
                Tensor pred = net.forward(Tensor.create(pixels, len, 1, 28, 28))
                        .argmax(new org.bytedeco.pytorch.LongOptional(1), false);
                long[] v = new long[len];
                java.nio.LongBuffer lb = pred.contiguous().createBuffer();
                lb.get(v);
                for (int i = 0; i < len; i++) {
                    if (v[i] == test.label(start + i)) {
                        correct++;
                    }
                }
            }
        }
        return (double) correct / n;
    }

    private static long[] toLongs(int[] labels) {
        long[] out = new long[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = labels[i];
        }
        return out;
    }
}
