package io.gan4j.training;

import io.gan4j.config.RunConfig;
import io.gan4j.config.ValidConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in its own JVM by {@link ResumeTest}: trains {@link #config()} and, halfway through writing
 * its second checkpoint (step 10), creates the marker file and waits to be killed.
 */
public final class CheckpointKillProbe {

    static RunConfig config() {
        return ResumeTest.toy(15, "train.checkpoint_every=5");
    }

    public static void main(String[] args) {
        Path runDir = Path.of(args[0]);
        Path marker = Path.of(args[1]);
        int[] writes = {0};
        TrainingRun run = TrainingRun.start(
                ValidConfig.of(config()), RunDirectory.create(runDir, "killed"), null, false, (name, index, total) -> {
                    if (index == 0) {
                        writes[0]++;
                    }
                    if (writes[0] == 2 && index == total / 2) {
                        try {
                            Files.writeString(marker, name);
                            Thread.sleep(600_000);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
        run.execute();
        System.exit(3);
    }
}
