package io.gan4j.config;

import io.gan4j.data.toy.ToyDistributions;

/**
 * What to train on.
 *
 * @param dataset a toy distribution's name ({@code ring}, {@code grid}, {@code 8gaussians},
 *     {@code 25gaussians}, {@code swissroll})
 * @param batchSize samples per batch, for both players
 */
public record DataConfig(String dataset, int batchSize) {

    public static DataConfig defaults() {
        return new DataConfig("ring", 256);
    }

    void validate(Violations v, String path) {
        v.oneOf(path + ".dataset", dataset, ToyDistributions.names());
        v.atLeast(path + ".batch_size", batchSize, 1);
    }
}
