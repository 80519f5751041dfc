package io.gan4j.examples;

import io.gan4j.api.Training;
import io.gan4j.api.TrainingProgress;
import io.gan4j.api.TrainingResult;
import java.nio.file.Path;

/**
 * Trains the non-saturating GAN on the 8-Gaussian ring from Java, printing the losses and the W1 distance to the
 * data as training goes, and stops early once W1 is below 0.1.
 *
 * <p>Usage: {@code TrainRing RUN_DIR [STEPS]}.
 */
public final class TrainRing {

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "runs/ring-from-java");
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Training training = Training.preset("gan-ns-ring")
                .set("train.steps", steps)
                .set("log.every", 100)
                .set("log.eval_every", 100)
                .into(dir);
        training.observer(p -> {
            System.out.printf("step %5d of %d   D %.3f   G %.3f   W1 %s%n",
                    p.step(), p.totalSteps(), p.discriminatorLoss(), p.generatorLoss(), w1(p));
            if (p.figures().getOrDefault("w1", Double.NaN) < 0.1) {
                training.requestStop();
            }
        });
        TrainingResult result = training.run();
        System.out.println("trained " + result.summary().steps() + " steps into " + result.directory());
    }

    private static String w1(TrainingProgress p) {
        Double w1 = p.figures().get("w1");
        return w1 == null ? "-" : String.format("%.3f", w1);
    }
}
