package io.gan4j.metrics.features;

import static org.bytedeco.pytorch.global.torch.softmax;

import io.gan4j.data.image.Checksum;
import io.gan4j.data.image.Download;
import io.gan4j.data.image.DownloadProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.pytorch.IValue;
import org.bytedeco.pytorch.IValueVector;
import org.bytedeco.pytorch.JitModule;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.StringIValueMap;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.bytedeco.pytorch.global.torch.ScalarType;

/**
 * The Inception-v3 of the FID literature as StyleGAN2-ADA's TorchScript ships it
 * ({@value #URL}: a direct translation of TensorFlow's {@code inception-2015-12-05} graph that
 * Heusel et al.'s FID and Salimans et al.'s IS code use). Its protocol, followed here exactly:
 * images as uint8 NCHW with 3 channels at their own size (the module resizes to 299×299 itself),
 * grey images repeated to RGB; {@code return_features=True} gives the 2048-d pool features for
 * FID/KID/precision-recall, {@code no_output_bias=True} the 1008 logits whose softmax IS uses.
 * Pixels in [−1, 1] become bytes as ⌊127.5·x + 128⌋ clamped to 0 … 255 (StyleGAN's conversion).
 */
public final class InceptionTorchScript implements FeatureExtractor {

    /** Where StyleGAN2-ADA publishes the module. */
    public static final String URL =
            "https://nvlabs-fi-cdn.nvidia.com/stylegan2-ada-pytorch/pretrained/metrics/inception-2015-12-05.pt";
    /**
     * The file's SHA-256: a download must match it, and a file given by path with another hash is
     * refused unless the user trusts it ({@code --trust-extractor}): loading TorchScript can run the
     * code it holds. A trusted file's own hash is recorded with every score.
     */
    public static final String EXPECTED_SHA256 = "f58cb9b6ec323ed63459aa4fb441fe750cfe39fafad6da5cb504a16f19e958f4";

    /** The file's name in the cache. */
    public static final String FILE_NAME = "inception-2015-12-05.pt";

    private final JitModule module;
    private final Path file;
    private final String sha256;
    private final int dimension;

    private InceptionTorchScript(JitModule module, Path file, String sha256, int dimension) {
        this.module = module;
        this.file = file;
        this.sha256 = sha256;
        this.dimension = dimension;
    }

    /**
     * Loads the TorchScript file; natives must be loaded.
     *
     * @param trusted whether to load a file whose SHA-256 is not {@value #EXPECTED_SHA256}
     * @throws IllegalArgumentException for a missing file or one that is not such a module
     * @throws io.gan4j.files.BadFile for a file of another SHA-256 that is not trusted (checked before libtorch
     *     reads it)
     */
    public static InceptionTorchScript load(Path file, boolean trusted) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no Inception TorchScript at " + file.toAbsolutePath() + ": download "
                    + URL + " (SHA-256 " + EXPECTED_SHA256 + ") and give its path with --inception or GAN4J_INCEPTION");
        }
        String sha256 = io.gan4j.files.FileDigest.sha256(file);
        if (!trusted && !sha256.equals(EXPECTED_SHA256)) {
            throw new io.gan4j.files.BadFile(
                    file + " has SHA-256 " + sha256 + ", not " + EXPECTED_SHA256 + " of the Inception "
                            + "that FID scores are computed with; loading a TorchScript file runs the code it "
                            + "holds, so gan4j loads another "
                            + "one only with --trust-extractor");
        }
        JitModule m;
        try {
            m = torch.load(file.toString());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a TorchScript module: " + e.getMessage(), e);
        }
        m.eval();
        InceptionTorchScript probe = new InceptionTorchScript(m, file, sha256, -1);
        int d;
        try (NoGradGuard guard = new NoGradGuard()) {
            d = (int) probe.call(
                            torch.zeros(
                                    new long[] {1, 3, 32, 32}, new org.bytedeco.pytorch.TensorOptions(ScalarType.Byte)),
                            "return_features")
                    .size(1);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    file + " does not answer forward(images_uint8, return_features=True) as "
                            + "StyleGAN2-ADA's Inception does: " + e.getMessage(),
                    e);
        }
        return new InceptionTorchScript(m, file, probe.sha256, d);
    }

    /**
     * {@code dir/}{@value #FILE_NAME}, downloaded from {@code url} when absent (resumed with a Range
     * request, its digest checked against {@code checksum}, moved into place only when it matches).
     *
     * @throws io.gan4j.data.image.ImageDataException when the download fails or its digest differs
     */
    public static Path fetch(String url, Checksum checksum, Path dir, DownloadProgress progress) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + dir, e);
        }
        return new Download().fetch(url, dir.resolve(FILE_NAME), checksum, progress);
    }

    /** {@link #fetch} from {@value #URL} with {@value #EXPECTED_SHA256}. */
    public static Path fetch(Path dir, DownloadProgress progress) {
        return fetch(URL, Checksum.sha256(EXPECTED_SHA256), dir, progress);
    }

    @Override
    public String name() {
        return "inception-v3-2015-12-05 (TorchScript " + file.getFileName() + ")";
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** Every dataset but those gan4j ships a classifier of (MNIST, Fashion-MNIST, stacked MNIST). */
    @Override
    public boolean fits(String dataset) {
        return !MnistClassifier.SHIPPED.contains(dataset) && !dataset.equals("stacked-mnist");
    }

    @Override
    public String domain() {
        return "ImageNet";
    }

    @Override
    public String protocol() {
        return "pixels to uint8 as floor(127.5x + 128) clamped, grey repeated to RGB, NCHW at native size (the module "
                + "resizes to 299x299); features: return_features=True (pool3); probabilities: softmax of "
                + "no_output_bias=True logits";
    }

    @Override
    public Outputs extract(Tensor images) {
        try (NoGradGuard guard = new NoGradGuard()) {
            Tensor bytes = toBytes(images);
            return new Outputs(
                    call(bytes, "return_features").toType(ScalarType.Float),
                    softmax(call(bytes, "no_output_bias").toType(ScalarType.Double), 1)
                            .toType(ScalarType.Float));
        }
    }

    /** Images in [−1, 1] (n, 1 or 3, H, W) → uint8 (n, 3, H, W). */
    static Tensor toBytes(Tensor images) {
        Tensor rgb = images.size(1) == 1 ? images.repeat(1, 3, 1, 1) : images;
        if (rgb.size(1) != 3) {
            throw new IllegalArgumentException(
                    "Inception takes 1- or 3-channel images, found " + images.size(1) + " channels");
        }
        return rgb.mul(new Scalar(127.5))
                .add(new Scalar(128.0))
                .clamp(
                        new org.bytedeco.pytorch.ScalarOptional(new Scalar(0.0)),
                        new org.bytedeco.pytorch.ScalarOptional(new Scalar(255.0)))
                .toType(ScalarType.Byte);
    }

    private Tensor call(Tensor bytes, String flag) {
        IValueVector args = new IValueVector(new IValue(bytes));
        StringIValueMap kwargs = new StringIValueMap();
        kwargs.put(new BytePointer(flag), new IValue(true));
        return module.forward(args, kwargs).toTensor();
    }
}
