package io.gan4j.cli;

import io.gan4j.files.AtomicFiles;
import io.gan4j.files.CannotWrite;
import io.gan4j.files.Npy;
import io.gan4j.networks.ImageShape;
import io.gan4j.reports.ImageGridPng;
import io.gan4j.training.SavedGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gan4j sample RUN_DIR}: samples from a trained generator. */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        footer = {"", "Docs: docs/user-guide.md#sampling-and-export; file formats: docs/file-formats.md"},
        description = {
            "Draw N samples from a run's generator (its moving average when the run kept one).",
            "Image runs: --grid --out FILE.png writes one grid; --out FILE.npy a float32 array (N, C, H, W) in [-1, "
                    + "1]; "
                    + "--out DIR one PNG per sample (sample-000000.png, ...).",
            "Toy runs: --out FILE.csv ('x,y' per line) or FILE.npy (N, 2).",
            "Class-conditional runs (model.classes > 0) draw the classes uniformly, or all of class K with --class K.",
            "Before training has finished, the newest good checkpoint is used."
        })
final class SampleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory written by gan4j train or demo.")
    Path runDir;

    @Option(
            names = "--n",
            paramLabel = "N",
            defaultValue = "64",
            description = "How many samples (default: ${DEFAULT-VALUE}).")
    int n;

    /** Samples in one call: a million 64×64 RGB images are 12 GB as floats. */
    static final int MAX_N = 1_000_000;

    @Option(
            names = "--out",
            paramLabel = "PATH",
            required = true,
            description =
                    "FILE.png (with --grid), FILE.npy, FILE.csv (toy runs) or a directory for one PNG per sample.")
    Path out;

    @Option(
            names = "--overwrite",
            description = "Replace an existing --out file, or sample PNGs already in --out DIR "
                    + "(without it they are refused).")
    boolean overwrite;

    @Option(names = "--grid", description = "Image runs: one PNG grid of the N samples.")
    boolean grid;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "0",
            description = "Seed of the latent codes (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--raw", description = "Use the trained generator's own weights, not its moving average.")
    boolean raw;

    @Option(
            names = "--class",
            paramLabel = "K",
            defaultValue = "-1",
            description = "Class-conditional runs: every sample of class K (0 to model.classes - 1); default: classes "
                    + "drawn uniformly.")
    int label;

    @Override
    public Integer call() {
        if (n < 1 || n > MAX_N) {
            throw new UserError("--n must be from 1 to " + MAX_N + ", found " + n);
        }
        String name =
                out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (grid && !name.endsWith(".png")) {
            throw new UserError("--grid writes one PNG: give --out FILE.png, found " + out);
        }
        refuseOverwriting();
        SavedGenerator g = Runs.savedGenerator(runDir, raw);
        if (label != -1 && (label < 0 || label >= g.classes())) {
            throw new UserError(
                    g.classes() == 0
                            ? "--class needs a class-conditional run (model.classes > 0); " + runDir
                                    + " is unconditional"
                            : "--class must be between 0 and " + (g.classes() - 1) + ", found " + label);
        }
        float[] samples = g.sample(n, seed, label);
        ImageShape image = g.image();
        if (name.endsWith(".npy")) {
            Npy.write(out, samples, image == null ? new long[] {n, 2} : image.batch(n));
        } else if (image == null) {
            if (!name.endsWith(".csv")) {
                throw new UserError("a toy run's samples are points: give --out FILE.csv or FILE.npy, found " + out);
            }
            StringBuilder csv = new StringBuilder();
            for (int i = 0; i < n; i++) {
                csv.append(String.format(Locale.ROOT, "%.6g,%.6g%n", samples[2 * i], samples[2 * i + 1]));
            }
            AtomicFiles.write(out, csv.toString());
        } else if (grid) {
            int cols = (int) Math.ceil(Math.sqrt(n));
            int rows = (n + cols - 1) / cols;
            ImageGridPng.write(out, samples, image.channels(), image.height(), image.width(), rows, cols);
        } else if (name.endsWith(".png") || name.endsWith(".csv")) {
            throw new UserError("an image run writes --grid --out FILE.png, --out FILE.npy or --out DIR, found " + out);
        } else {
            writeFiles(samples, image);
        }
        System.out.println("gan4j: " + n + " samples from " + g.source() + (g.averaged() ? " (moving average)" : "")
                + " to " + out);
        return 0;
    }

    /**
     * Without --overwrite, refuses an --out file that exists, or a directory that already holds samples (before
     * natives load).
     */
    private void refuseOverwriting() {
        if (overwrite) {
            return;
        }
        boolean directory = Files.isDirectory(out);
        Path first = directory ? out.resolve(sampleName(0)) : out;
        if (Files.exists(first)) {
            throw new UserError((directory ? out + " already holds " + first.getFileName() : out + " exists")
                    + ": give --overwrite to replace " + (directory ? "its samples" : "it") + ", or another --out");
        }
    }

    private static String sampleName(int i) {
        return String.format(Locale.ROOT, "sample-%06d.png", i);
    }

    private void writeFiles(float[] samples, ImageShape image) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw CannotWrite.of(out, 0, e);
        }
        int per = (int) image.numel();
        for (int i = 0; i < n; i++) {
            ImageGridPng.write(
                    out.resolve(sampleName(i)),
                    Arrays.copyOfRange(samples, i * per, (i + 1) * per),
                    image.channels(),
                    image.height(),
                    image.width(),
                    1,
                    1);
        }
    }
}
