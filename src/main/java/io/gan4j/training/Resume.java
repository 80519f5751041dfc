package io.gan4j.training;

import io.gan4j.Refused;
import io.gan4j.config.ConfigDiff;
import io.gan4j.config.ConfigReader;
import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Continues a run from its newest good checkpoint: {@code gan4j train --resume RUN_DIR [--set
 * train.steps=M]}. With the same thread setting, N steps, a stop and N more give weights
 * bit-identical to 2N uninterrupted steps.
 *
 * <p>Only keys that do not define the training may change on resume: {@code train.steps},
 * {@code train.checkpoint_every}, {@code train.keep_checkpoints}, {@code train.nan_patience}, {@code log.*},
 * {@code threads.*}
 * (the result is then valid but no longer bit-identical), {@code device}, {@code data.root},
 * {@code data.download}, {@code data.prefetch}. A damaged checkpoint is renamed
 * {@code *.damaged}, reported, and the next newest is used.
 */
public final class Resume {

    private static final List<String> CHANGEABLE = List.of(
            "train.steps",
            "train.checkpoint_every",
            "train.keep_checkpoints",
            "train.nan_patience",
            "log.",
            "threads.",
            "device",
            "data.root",
            "data.download",
            "data.prefetch");

    private Resume() {}

    /**
     * @param warnings where skipped checkpoints and thread changes are reported
     * @throws io.gan4j.UserFault for a directory that is not a run, a change that is not
     *     allowed, a run already at its steps, or no usable checkpoint (the message says which)
     */
    public static TrainingRun prepare(
            Path runDir, List<String> overrides, PrintStream progress, boolean interactive, PrintStream warnings) {
        return prepare(runDir, overrides, progress, interactive, warnings, true);
    }

    /**
     * As {@link #prepare(Path, List, PrintStream, boolean, PrintStream)}; with {@code writes} false (a
     * process of a shared run that does not write it) the run directory is only read, not tidied.
     */
    public static TrainingRun prepare(
            Path runDir,
            List<String> overrides,
            PrintStream progress,
            boolean interactive,
            PrintStream warnings,
            boolean writes) {
        RunDirectory dir = RunDirectory.open(runDir);
        RunConfig recorded = ConfigReader.read(dir.file("config.yaml").toString(), List.of());
        ValidConfig valid = ValidConfig.read(dir.file("config.yaml").toString(), overrides);
        RunConfig wanted = valid.config();
        List<String> forbidden = unchangeableDifferences(recorded, wanted);
        if (!forbidden.isEmpty()) {
            throw new Refused("cannot change " + String.join(", ", forbidden) + " when resuming "
                    + runDir + ": they define the networks or the training; only " + String.join(", ", CHANGEABLE)
                    + " may change");
        }
        Checkpoint checkpoint = newestGood(runDir, warnings);
        RunConfig saved =
                ConfigReader.fromYaml(checkpoint.configYaml(), "the config in " + checkpoint.path(), List.of());
        List<String> mismatch = unchangeableDifferences(saved, wanted);
        if (!mismatch.isEmpty()) {
            throw new CheckpointException(
                    checkpoint.path(),
                    "was written by a run with other " + String.join(", ", mismatch) + " than "
                            + dir.file("config.yaml"));
        }
        if (!saved.threads().equals(wanted.threads())) {
            warnings.println("gan4j: warning: threads " + describe(wanted) + " differ from the checkpoint's run ("
                    + describe(saved) + "): the continuation is valid but not bit-identical to an uninterrupted run");
        }
        if (checkpoint.step() >= wanted.train().steps()) {
            throw new Refused(runDir + " is already trained to " + checkpoint.step()
                    + " steps (train.steps " + wanted.train().steps()
                    + "): raise it to continue, e.g. --set train.steps="
                    + 2 * Math.max(1, checkpoint.step()));
        }
        if (writes) {
            removeLaterPictures(runDir, checkpoint.step());
        }
        return TrainingRun.resumed(valid, dir, progress, interactive, checkpoint);
    }

    /** The keys in which {@code a} and {@code b} differ that a resumed run may not change ({@link #CHANGEABLE}). */
    private static List<String> unchangeableDifferences(RunConfig a, RunConfig b) {
        List<String> keys = new ArrayList<>();
        for (String key : ConfigDiff.changedKeys(a, b)) {
            if (CHANGEABLE.stream().noneMatch(c -> c.endsWith(".") ? key.startsWith(c) : key.equals(c))) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static String describe(RunConfig c) {
        return c.threads().intraOp() + " intra-op, " + c.threads().blas() + " BLAS";
    }

    /** The newest checkpoint that verifies; damaged ones are renamed {@code .damaged} and reported. */
    static Checkpoint newestGood(Path runDir, PrintStream warnings) {
        List<String> problems = new ArrayList<>();
        for (Path file : Checkpoint.list(runDir)) {
            try {
                return Checkpoint.read(file);
            } catch (CheckpointException e) {
                problems.add(e.getMessage());
                Path aside = file.resolveSibling(file.getFileName() + ".damaged");
                String moved;
                try {
                    Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                    moved = "moved it to " + aside.getFileName();
                } catch (IOException io) {
                    moved = "left it in place (it cannot be renamed: " + io.getMessage()
                            + ")"; // a read-only run directory
                }
                warnings.println("gan4j: warning: refusing " + e.getMessage() + "; " + moved
                        + " and trying the previous checkpoint");
            }
        }
        throw new Refused("no usable checkpoint in " + runDir.resolve(Checkpoint.DIR)
                + (problems.isEmpty() ? " (none written yet)" : ": " + String.join("; ", problems)));
    }

    private static void removeLaterPictures(Path runDir, int step) {
        List<Path> all = new ArrayList<>();
        all.addAll(RunFiles.numbered(runDir, "samples-", ".png", Integer.MAX_VALUE));
        all.addAll(RunFiles.numbered(runDir, "grid-", ".png", Integer.MAX_VALUE));
        List<Path> keep = new ArrayList<>();
        keep.addAll(RunFiles.numbered(runDir, "samples-", ".png", step));
        keep.addAll(RunFiles.numbered(runDir, "grid-", ".png", step));
        for (Path p : all) {
            if (!keep.contains(p)) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove " + p, e);
                }
            }
        }
    }
}
