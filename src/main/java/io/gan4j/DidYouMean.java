package io.gan4j;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean …?" for a misspelt name: a known name of the same words in another order ({@code ring-wgan-gp} for
 * {@code wgan-gp-ring}), else the known name nearest to it in edit distance (Levenshtein, ignoring case) when it is
 * near enough to be a slip: one edit for a name of up to three letters, else two or a third of its letters (two
 * edits also swap two letters).
 */
public final class DidYouMean {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private DidYouMean() {}

    /** The nearest of {@code known} to {@code value} (the first of equally near ones), if near enough. */
    public static Optional<String> nearest(String value, Collection<String> known) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        String v = value.toLowerCase(Locale.ROOT);
        List<String> words = words(v);
        for (String k : known) {
            if (!k.equalsIgnoreCase(value)
                    && words.size() > 1
                    && words(k.toLowerCase(Locale.ROOT)).equals(words)) {
                return Optional.of(k);
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = DISTANCE.apply(v, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = v.length() <= 3 ? 1 : Math.max(2, v.length() / 3);
        return best != null && !best.equals(value) && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.split("[-_.]")).sorted().toList();
    }

    /** {@code "did you mean 'x'? "} for the nearest known name, or the empty string. */
    public static String hint(String value, Collection<String> known) {
        return nearest(value, known).map(n -> "did you mean '" + n + "'? ").orElse("");
    }
}
