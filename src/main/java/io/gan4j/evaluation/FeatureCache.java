package io.gan4j.evaluation;

import io.gan4j.torch.SafetensorsReader;
import io.gan4j.torch.SafetensorsWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Real images' features on disk, so a dataset is run through an extractor once: one safetensors
 * file per (dataset, split, image shape, extractor and the first 16 hex digits of its SHA-256,
 * n, seed) under {@code ~/.cache/gan4j/features} (or the given directory). A file that cannot be
 * read is recomputed.
 */
public final class FeatureCache {

    private final Path dir;

    public FeatureCache(Path dir) {
        this.dir = dir;
    }

    /** {@code ~/.cache/gan4j/features}. */
    public static FeatureCache standard() {
        return new FeatureCache(Path.of(System.getProperty("user.home"), ".cache", "gan4j", "features"));
    }

    /** The cache file of a key (parts joined by '-', unsafe characters replaced). */
    public Path file(String dataset, String split, String shape, String extractor, String sha256, int n, long seed) {
        String key = String.join(
                        "-",
                        dataset,
                        split,
                        shape,
                        extractor.split(" ")[0],
                        sha256.substring(0, 16),
                        "n" + n,
                        "seed" + seed)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.+_-]", "_");
        return dir.resolve(key + ".safetensors");
    }

    /** The cached features at {@code file}, or {@code compute}'s, stored there. */
    public Features get(Path file, Supplier<Features> compute) {
        if (Files.isRegularFile(file)) {
            try {
                SafetensorsReader r = SafetensorsReader.open(file);
                return new Features(
                        r.tensor("features"), r.has("probabilities") ? r.tensor("probabilities") : null, (int)
                                r.info("features").shape()[0]);
            } catch (RuntimeException unreadable) {
                // fall through: recompute and overwrite
            }
        }
        Features f = compute.get();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        SafetensorsWriter w = new SafetensorsWriter().tensor("features", f.features());
        if (f.probabilities() != null) {
            w.tensor("probabilities", f.probabilities());
        }
        w.metadata("count", String.valueOf(f.count())).write(file, false, null);
        return f;
    }
}
