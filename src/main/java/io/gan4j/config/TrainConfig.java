package io.gan4j.config;

/**
 * How long and in what rhythm to train, and what survives a stop.
 *
 * @param steps generator steps
 * @param nCritic discriminator steps per generator step
 * @param wganSchedule WGAN's schedule: 100 critic steps for the first 25 generator steps and every
 *     500th, {@code nCritic} otherwise (Arjovsky et al.'s reference code)
 * @param ema decay β of an exponential moving average of the generator's weights,
 *     θ_ema ← β·θ_ema + (1 − β)·θ after every generator step, used for sampling; 0 = off
 * @param checkpointEvery write a checkpoint every this many generator steps (and always at the end);
 *     0 = only at the end
 * @param keepCheckpoints how many of the newest checkpoints to keep (at least 2, so a damaged
 *     newest one leaves a good one)
 * @param nanPatience how many generator steps in a row may have a non-finite loss or gradient
 *     (their updates skipped) before the run stops as diverged; 0 = stop at the first
 */
public record TrainConfig(
        int steps,
        int nCritic,
        boolean wganSchedule,
        double ema,
        int checkpointEvery,
        int keepCheckpoints,
        int nanPatience) {

    public static TrainConfig defaults() {
        return new TrainConfig(10_000, 1, false, 0.0, 1000, 2, 0);
    }

    /** Discriminator steps before generator step {@code step} (0-based). */
    public int criticStepsAt(int step) {
        if (wganSchedule && (step < 25 || step % 500 == 0)) {
            return 100;
        }
        return nCritic;
    }

    /** Whether the generator's weights are averaged. */
    public boolean hasEma() {
        return ema > 0;
    }

    void validate(Violations v, String path) {
        v.atLeast(path + ".steps", steps, 1);
        v.between(path + ".n_critic", nCritic, 1, Bounds.CRITIC_STEPS);
        v.require(ema == 0 || (ema > 0 && ema < 1), path + ".ema", "must be 0 (off) or in (0, 1), found " + ema);
        v.atLeast(path + ".checkpoint_every", checkpointEvery, 0);
        v.between(path + ".keep_checkpoints", keepCheckpoints, 2, Bounds.KEPT_CHECKPOINTS);
        v.between(path + ".nan_patience", nanPatience, 0, Math.max(0, steps));
    }
}
