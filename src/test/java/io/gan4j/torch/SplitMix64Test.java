package io.gan4j.torch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SplitMix64 gives exactly {@link SplittableRandom}'s numbers, and its state replays them. */
@DisplayName("SplitMix64")
class SplitMix64Test {

    private static final int CALLS = 100_000;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    /**
     * Draws {@link #CALLS} values with {@code draw} from both generators and asserts they are equal,
     * bit for bit (a draw returns its value as a long: doubles through their raw bits).
     */
    private static void sameAsJdk(long seed, ToLongFunction<RandomGenerator> draw) {
        sameAsJdk(seed, (r, i) -> draw.applyAsLong(r));
    }

    /** A draw that depends on the call's index. */
    private interface IndexedDraw {
        long draw(RandomGenerator r, int call);
    }

    private static void sameAsJdk(long seed, IndexedDraw draw) {
        RandomGenerator ours = new SplitMix64(seed);
        RandomGenerator jdk = new SplittableRandom(seed);
        for (int i = 0; i < CALLS; i++) {
            long expected = draw.draw(jdk, i);
            long actual = draw.draw(ours, i);
            if (actual != expected) {
                assertThat(actual).as("call %d with seed %d", i, seed).isEqualTo(expected);
            }
        }
    }

    @Nested
    @DisplayName("for every seed, the same numbers as new SplittableRandom(seed), over 100,000 calls of")
    class SameAsSplittableRandom {

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {0, 1, -1, 42, 20240607, Long.MIN_VALUE, Long.MAX_VALUE, GOLDEN_GAMMA})
        @DisplayName("nextLong")
        void nextLong(long seed) {
            sameAsJdk(seed, r -> r.nextLong());
        }

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {0, 1, -1, 42, Long.MIN_VALUE})
        @DisplayName("nextInt")
        void nextInt(long seed) {
            sameAsJdk(seed, r -> r.nextInt());
        }

        @ParameterizedTest(name = "bound {0}")
        @ValueSource(ints = {1, 2, 3, 7, 10, 64, 1000, 1 << 30, (1 << 30) + 1, Integer.MAX_VALUE})
        @DisplayName("nextInt(bound), for powers of two and not (rejection sampling)")
        void nextIntBounded(int bound) {
            for (long seed : new long[] {0, 7, -3}) {
                sameAsJdk(seed, r -> r.nextInt(bound));
            }
        }

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {0, 1, -1, 42})
        @DisplayName("nextLong(bound), nextInt(origin, bound), nextBoolean, nextFloat")
        void otherDerived(long seed) {
            sameAsJdk(seed, r -> r.nextLong(1_000_000_007L));
            sameAsJdk(seed, r -> r.nextLong((1L << 62) + 1));
            sameAsJdk(seed, r -> r.nextInt(-5, 17));
            sameAsJdk(seed, r -> r.nextBoolean() ? 1 : 0);
            sameAsJdk(seed, r -> Float.floatToRawIntBits(r.nextFloat()));
        }

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {0, 1, -1, 42, Long.MIN_VALUE})
        @DisplayName("nextDouble")
        void nextDouble(long seed) {
            sameAsJdk(seed, r -> Double.doubleToRawLongBits(r.nextDouble()));
        }

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {0, 1, -1, 42, Long.MIN_VALUE})
        @DisplayName("nextGaussian (a variable number of longs per draw)")
        void nextGaussian(long seed) {
            sameAsJdk(seed, r -> Double.doubleToRawLongBits(r.nextGaussian()));
        }

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {0, 1, -1, 42, 987654321})
        @DisplayName("all of them interleaved")
        void interleaved(long seed) {
            sameAsJdk(seed, (r, call) -> switch (call % 14) {
                case 0 -> r.nextLong();
                case 1 -> r.nextInt();
                case 2 -> r.nextInt(3);
                case 3 -> Double.doubleToRawLongBits(r.nextDouble());
                case 4 -> Double.doubleToRawLongBits(r.nextGaussian());
                case 5 -> r.nextInt(1 << 20);
                case 6 -> r.nextInt(Integer.MAX_VALUE);
                case 7 -> Double.doubleToRawLongBits(r.nextGaussian());
                case 8 -> r.nextLong(12345);
                case 9 -> r.nextBoolean() ? 1 : 0;
                case 10 -> Float.floatToRawIntBits(r.nextFloat());
                case 11 -> r.nextInt(7, 9);
                case 12 -> Double.doubleToRawLongBits(r.nextDouble(2.5, 3.5));
                default -> Double.doubleToRawLongBits(r.nextExponential());
            });
        }
    }

    @Nested
    @DisplayName("its state")
    class State {

        @Test
        @DisplayName("starts at the seed and advances by the golden gamma 0x9e3779b97f4a7c15 per long")
        void advancesByGamma() {
            SplitMix64 r = new SplitMix64(123);
            assertThat(r.state()).isEqualTo(123L);
            r.nextLong();
            assertThat(r.state()).isEqualTo(123L + GOLDEN_GAMMA);
            r.nextInt();
            assertThat(r.state()).isEqualTo(123L + 2 * GOLDEN_GAMMA);
        }

        @Test
        @DisplayName("setState(state()) replays the same sequence, of every kind of draw")
        void replays() {
            SplitMix64 r = new SplitMix64(99);
            for (int i = 0; i < 1000; i++) {
                r.nextGaussian();
            }
            long saved = r.state();
            long[] first = draws(r, 10_000);
            r.setState(saved);
            assertThat(draws(r, 10_000)).containsExactly(first);
        }

        @Test
        @DisplayName("a new SplitMix64 seeded with the state continues the sequence")
        void stateIsTheWholeGenerator() {
            SplitMix64 r = new SplitMix64(-7);
            r.nextLong();
            r.nextGaussian();
            SplitMix64 copy = new SplitMix64(r.state());
            assertThat(draws(copy, 5000)).containsExactly(draws(r, 5000));
        }

        @Test
        @DisplayName("setState to a seed gives that seed's sequence from the start")
        void setStateToSeed() {
            SplitMix64 r = new SplitMix64(1);
            r.nextLong();
            r.setState(555);
            assertThat(draws(r, 1000)).containsExactly(draws(new SplitMix64(555), 1000));
        }

        private long[] draws(RandomGenerator r, int n) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = switch (i % 4) {
                    case 0 -> r.nextLong();
                    case 1 -> r.nextInt(1000);
                    case 2 -> Double.doubleToRawLongBits(r.nextGaussian());
                    default -> Double.doubleToRawLongBits(r.nextDouble());
                };
            }
            return out;
        }
    }
}
