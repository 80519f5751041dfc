package io.gan4j.metrics.features;

import static org.bytedeco.pytorch.global.torch.softmax;

import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.Safetensors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;

/**
 * The {@link MnistCnn} as a feature extractor: its 128-d penultimate features and its softmax over
 * the 10 digits, for 1×28×28 images in [−1, 1] (no resizing). The weights shipped in the jar
 * ({@value #RESOURCE}) were made by {@code gan4j classifier train --dataset mnist}; see the README
 * for their test accuracy, SHA-256 and the command that regenerates them.
 */
public final class MnistClassifier implements FeatureExtractor {

    /** The shipped weights, in the jar. */
    public static final String RESOURCE = "/io/gan4j/classifiers/mnist-cnn.safetensors";

    private final MnistCnn network;
    private final String sha256;
    private final Path source;

    private MnistClassifier(MnistCnn network, String sha256, Path source) {
        this.network = network;
        this.sha256 = sha256;
        this.source = source;
        network.eval();
    }

    /** The classifier shipped in the jar; natives must be loaded. */
    public static MnistClassifier shipped() {
        try (InputStream in = MnistClassifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the gan4j jar has no " + RESOURCE + "; run gan4j classifier train --dataset mnist");
            }
            Path tmp = Files.createTempFile("gan4j-mnist-cnn", ".safetensors");
            tmp.toFile().deleteOnExit();
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return load(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A classifier from a weights file written by {@code gan4j classifier train}. */
    public static MnistClassifier load(Path file) {
        MnistCnn net = new MnistCnn(new GeneratorOptional(new RandomStreams(0).torchFresh("unused")));
        Safetensors.load(net, file);
        return new MnistClassifier(net, io.gan4j.files.FileDigest.sha256(file), file);
    }

    /** A classifier around a network in memory (just trained), with the SHA-256 of its saved file. */
    static MnistClassifier of(MnistCnn network, String sha256) {
        return new MnistClassifier(network, sha256, null);
    }

    @Override
    public String name() {
        return "mnist-cnn";
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

    @Override
    public Outputs extract(Tensor images) {
        long[] shape = images.shape();
        if (shape.length != 4 || shape[1] != 1 || shape[2] != 28 || shape[3] != 28) {
            throw new IllegalArgumentException("the MNIST classifier takes images of shape (n, 1, 28, 28), found "
                + Arrays.toString(shape));
        }
        try (NoGradGuard guard = new NoGradGuard()) {
            Tensor f = network.features(images);
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
