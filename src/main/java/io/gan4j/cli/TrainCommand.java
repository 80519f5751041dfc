package io.gan4j.cli;

import io.gan4j.config.ValidConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gan4j train CONFIG} or {@code gan4j train --resume RUN_DIR}: trains a GAN into a run directory. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        footer = {
            "",
            "Docs: docs/user-guide.md; config keys: docs/config-reference.md;",
            "      several processes: docs/distributed.md"
        },
        description = {
            "Train a GAN from a YAML config or a preset into a run directory, or continue one from its newest "
                    + "checkpoint.",
            "The directory holds config.yaml, metrics.jsonl, summary.json, checkpoints/, pictures, report.html and the "
                    + "networks' weights. Ctrl-C stops after the current step and writes a checkpoint.",
            "With --resume, only train.steps, train.checkpoint_every, train.keep_checkpoints, train.nan_patience, "
                    + "log.*, threads.*, device and "
                    + "data.root/download/prefetch may be changed with --set; same threads give weights "
                    + "bit-identical to an "
                    + "uninterrupted run.",
            "With --nproc N (and --nnodes, --node-rank, --master for several machines), N worker processes train "
                    + "together, "
                    + "data-parallel on c10d: each takes its share of every batch, their gradients are averaged, "
                    + "and rank 0 writes the "
                    + "one run directory. A checkpoint resumes with any number of processes."
        })
final class TrainCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "CONFIG",
            description = "A YAML file, or a preset name (see: gan4j presets). Not with --resume.")
    String config;

    @Option(
            names = "--resume",
            paramLabel = "RUN_DIR",
            description = "Continue the run in RUN_DIR from its newest good checkpoint.")
    Path resume;

    @Mixin
    RunOptions options;

    @Mixin
    ParallelOptions parallel;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if ((config == null) == (resume == null)) {
            throw new UserError(
                    config == null
                            ? "give a CONFIG to train, or --resume RUN_DIR to continue a run"
                            : "give either CONFIG or --resume RUN_DIR, not both");
        }
        io.gan4j.distributed.World world = io.gan4j.distributed.World.fromEnvironment(System.getenv());
        if (resume != null && (options.out != null || options.seed != null)) {
            throw new UserError("--resume continues in RUN_DIR with its own seed: --out and --seed do not apply");
        }
        if (world != null) {
            return ParallelTraining.work(
                    world, config, resume, options, spec.commandLine().getOut());
        }
        if (parallel.launches()) {
            return ParallelTraining.launch(
                    config, resume, options, parallel, spec.commandLine().getOut());
        }
        if (resume != null) {
            return Runs.resume(
                    resume, options.allOverrides(), options, spec.commandLine().getOut());
        }
        return Runs.train(
                ValidConfig.read(config, options.allOverrides()),
                options,
                spec.commandLine().getOut());
    }
}
