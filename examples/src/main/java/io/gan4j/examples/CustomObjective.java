package io.gan4j.examples;

import io.gan4j.api.ObjectiveContract;
import io.gan4j.api.Training;
import io.gan4j.api.TrainingResult;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks an objective from this jar ({@link SymmetricLeastSquares}) against gan4j's objective contract, then trains the
 * ring with it (gan4j finds it through {@code java.util.ServiceLoader}) and prints its last logged figures.
 *
 * <p>Usage: {@code CustomObjective RUN_DIR [STEPS]}.
 */
public final class CustomObjective {

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "runs/ring-lsgan-symmetric");
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        List<String> violations = ObjectiveContract.violations(new SymmetricLeastSquares());
        if (!violations.isEmpty()) {
            System.err.println("lsgan-symmetric breaks the objective contract: " + violations);
            System.exit(1);
        }
        System.out.println("lsgan-symmetric keeps the objective contract gan4j's own objectives are tested against");
        TrainingResult r = Training.preset("lsgan-ring")
                .set("objective", "lsgan-symmetric")
                .set("train.steps", steps)
                .set("log.eval_every", steps)
                .into(dir)
                .observer(p -> {
                    if (p.step() == p.totalSteps()) {
                        System.out.printf("lsgan-symmetric after %d steps: D %.3f, G %.3f, W1 %.3f, modes %.0f of 8%n",
                                p.step(), p.discriminatorLoss(), p.generatorLoss(), p.figures().get("w1"),
                                p.figures().get("modes_captured"));
                    }
                })
                .run();
        System.out.println("run: " + r.directory());
    }
}
