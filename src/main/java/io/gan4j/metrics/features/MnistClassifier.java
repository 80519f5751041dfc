package io.gan4j.metrics.features;

import static org.bytedeco.pytorch.global.torch.softmax;

import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.Safetensors;
import io.gan4j.torch.Tensors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;

/**
 * The {@link MnistCnn} as a feature extractor: its 128-d penultimate features and its softmax over
 * the 10 classes, for 1×28×28 images in [−1, 1] (no resizing), trained on one dataset, which it
 * declares ({@link #dataset()}): MNIST's digits or Fashion-MNIST's clothes. Two sets of weights are
 * shipped in the jar ({@value #RESOURCE} and {@code fashion-mnist-cnn.safetensors} beside it), each
 * made by {@code gan4j classifier train --dataset <its dataset>}; see docs for their test accuracy,
 * SHA-256 and the command that regenerates them.
 */
public final class MnistClassifier implements FeatureExtractor {

    /** The shipped weights, in the jar. */
    public static final String RESOURCE = "/io/gan4j/classifiers/mnist-cnn.safetensors";

    /** The datasets a classifier is shipped for, in the jar as {@code <dataset>-cnn.safetensors}. */
    public static final List<String> SHIPPED = List.of("mnist", "fashion-mnist");

    private final MnistCnn network;
    private final String sha256;
    private final Path source;
    private final String dataset;

    private MnistClassifier(MnistCnn network, String sha256, Path source, String dataset) {
        this.network = network;
        this.sha256 = sha256;
        this.source = source;
        this.dataset = dataset;
        network.eval();
    }

    /** The MNIST classifier shipped in the jar; natives must be loaded. */
    public static MnistClassifier shipped() {
        return shipped("mnist");
    }

    /**
     * The classifier shipped in the jar for {@code dataset} (one of {@link #SHIPPED}); natives must be loaded.
     *
     * @throws IllegalArgumentException if none is shipped for it
     */
    public static MnistClassifier shipped(String dataset) {
        if (!SHIPPED.contains(dataset)) {
            throw new IllegalArgumentException("gan4j ships no classifier of " + dataset + "; it ships classifiers of "
                    + String.join(" and ", SHIPPED));
        }
        String resource = "/io/gan4j/classifiers/" + dataset + "-cnn.safetensors";
        try (InputStream in = MnistClassifier.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the gan4j jar has no " + resource + "; run gan4j classifier train --dataset " + dataset);
            }
            Path tmp = Files.createTempFile("gan4j-" + dataset + "-cnn", ".safetensors");
            tmp.toFile().deleteOnExit();
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return load(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * A classifier from a weights file written by {@code gan4j classifier train}; its dataset is the
     * file's {@code dataset} metadata (files written before it was recorded are MNIST's).
     */
    public static MnistClassifier load(Path file) {
        MnistCnn net = new MnistCnn(new GeneratorOptional(new RandomStreams(0).torchFresh("unused")));
        Map<String, String> meta = Safetensors.load(net, file);
        String dataset = meta == null ? "mnist" : meta.getOrDefault("dataset", "mnist");
        return new MnistClassifier(net, io.gan4j.files.FileDigest.sha256(file), file, dataset);
    }

    /**
     * A classifier of {@code dataset} around a network in memory (just trained), with the SHA-256 of its saved
     * file.
     */
    static MnistClassifier of(MnistCnn network, String sha256, String dataset) {
        return new MnistClassifier(network, sha256, null, dataset);
    }

    /** {@code mnist-cnn} or {@code fashion-mnist-cnn}: the network and the dataset it was trained on. */
    @Override
    public String name() {
        return dataset + "-cnn";
    }

    /** The dataset it was trained on, e.g. {@code mnist}. */
    public String dataset() {
        return dataset;
    }

    /** Stacked MNIST is scored digit by digit (channel by channel), so an MNIST classifier fits it too. */
    @Override
    public boolean fits(String data) {
        return dataset.equals(data) || (dataset.equals("mnist") && data.equals("stacked-mnist"));
    }

    @Override
    public String domain() {
        return dataset;
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public int dimension() {
        return MnistCnn.FEATURES;
    }

    @Override
    public String protocol() {
        return "1×28×28 images in [-1, 1], no resizing; features: the 128-d penultimate layer (after ReLU); "
                + "probabilities: softmax of the 10 logits";
    }

    /** The network (in evaluation mode). */
    public MnistCnn network() {
        return network;
    }

    /** The weights file, or {@code null} for a network in memory. */
    public Path source() {
        return source;
    }

    /**
     * Images per forward pass. A batch's activations above glibc's 32 MB mmap ceiling (500 images:
     * 50 MB per convolution) are a fresh mapping each time, paid in page faults: 4.84 ms per image
     * at 500, 0.61 at 100, 0.68 at 250 here. Batch norm is in evaluation mode, so the chunks'
     * features are those of the whole batch.
     */
    static final long CHUNK = 100;

    @Override
    public Outputs extract(Tensor images) {
        long[] shape = images.shape();
        if (shape.length != 4 || shape[1] != 1 || shape[2] != 28 || shape[3] != 28) {
            throw new IllegalArgumentException(
                    "the MNIST classifier takes images of shape (n, 1, 28, 28), found " + Arrays.toString(shape));
        }
        try (NoGradGuard guard = new NoGradGuard()) {
            List<Tensor> parts = new ArrayList<>();
            for (long start = 0; start < shape[0]; start += CHUNK) {
                parts.add(network.features(images.narrow(0, start, Math.min(CHUNK, shape[0] - start))));
            }
            Tensor f = parts.size() == 1 ? parts.get(0) : Tensors.cat(parts, 0);
            return new Outputs(f, softmax(network.logits(f), 1));
        }
    }

    /** The predicted digit of each image (n, 1, 28, 28). */
    public int[] predict(Tensor images) {
        Tensor p = extract(images).probabilities().argmax(new org.bytedeco.pytorch.LongOptional(1), false);
        long[] v = new long[(int) p.numel()];
        java.nio.LongBuffer lb = p.contiguous().createBuffer();
        lb.get(v);
        return Arrays.stream(v).mapToInt(x -> (int) x).toArray();
    }
}
