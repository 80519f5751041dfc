package io.gan4j.config;

/**
 * How long and in what rhythm to train.
 *
 * @param steps generator steps
 * @param nCritic discriminator steps per generator step
 * @param wganSchedule WGAN's schedule: 100 critic steps for the first 25 generator steps and every
 *     500th, {@code nCritic} otherwise (Arjovsky et al.'s reference code)
 */
public record TrainConfig(int steps, int nCritic, boolean wganSchedule) {

    public static TrainConfig defaults() {
        return new TrainConfig(10_000, 1, false);
    }

    /** Discriminator steps before generator step {@code step} (0-based). */
    public int criticStepsAt(int step) {
        if (wganSchedule && (step < 25 || step % 500 == 0)) {
            return 100;
        }
        return nCritic;
    }

    void validate(Violations v, String path) {
        v.atLeast(path + ".steps", steps, 1);
        v.atLeast(path + ".n_critic", nCritic, 1);
    }
}
