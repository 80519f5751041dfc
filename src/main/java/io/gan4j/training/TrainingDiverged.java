package io.gan4j.training;

import io.gan4j.UserFault;
import java.nio.file.Path;

/**
 * Training stopped because the run diverged: {@code train.nan_patience + 1} generator steps in a row
 * had a non-finite loss or gradient (their updates skipped), or the weights themselves became
 * non-finite. No checkpoint is written from such a state; the message names the step, the player,
 * the term and the last good checkpoint. Exit code 1.
 */
public final class TrainingDiverged extends UserFault {

    private final int step;
    private final NonFinite cause;
    private final int inARow;
    private final int patience;

    /**
     * @param step the generator step (1-based) at which the run stopped
     * @param inARow how many steps in a row were non-finite
     * @param patience {@code train.nan_patience}, or −1 when the weights themselves are not finite
     * @param lastGood the newest checkpoint on disk, or {@code null} if there is none
     */
    public TrainingDiverged(int step, NonFinite cause, int inARow, int patience, Path lastGood) {
        super(message(step, cause, inARow, patience, lastGood));
        this.step = step;
        this.cause = cause;
        this.inARow = inARow;
        this.patience = patience;
    }

    private static String message(int step, NonFinite cause, int inARow, int patience, Path lastGood) {
        String count = patience < 0
                ? ""
                : " (" + (inARow > 1 ? inARow + " steps in a row; " : "") + "train.nan_patience " + patience + ")";
        return "training diverged at step " + step + ": " + cause.describe() + count + ". "
                + (lastGood == null
                        ? "No checkpoint was written before it. "
                        : "The last good checkpoint is " + lastGood + ". ")
                + "Lower the learning rates (optimisers.*.lr) or add a regulariser and train again.";
    }

    /** The same divergence, its message naming {@code lastGood} (or that there is none). */
    public TrainingDiverged withLastGood(Path lastGood) {
        return new TrainingDiverged(step, cause, inARow, patience, lastGood);
    }

    public int step() {
        return step;
    }

    public NonFinite nonFinite() {
        return cause;
    }

    @Override
    public int exitCode() {
        return 1;
    }
}
