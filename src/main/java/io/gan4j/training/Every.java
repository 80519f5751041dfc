package io.gan4j.training;

/**
 * The listeners' rhythm: whether step s is one of every n steps (n &gt; 0 dividing s; n = 0 is
 * never), or the last.
 */
public final class Every {

    private Every() {}

    /** Whether {@code step} is one of every {@code n} steps; never for n = 0. */
    public static boolean at(int step, int n) {
        return n > 0 && step % n == 0;
    }

    /** Whether {@code step} is one of every {@code n} steps or the {@code last} one. */
    public static boolean atOrLast(int step, int n, int last) {
        return at(step, n) || step == last;
    }
}
