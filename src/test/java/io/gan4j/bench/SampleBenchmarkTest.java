package io.gan4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.api.TinyRuns;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("gan4j bench sample")
class SampleBenchmarkTest {

    @Test
    @DisplayName("times both paths and draws the asked samples in whole batches, reading the memory twice")
    void measures(@TempDir Path tmp) {
        Path run = TinyRuns.demo(tmp.resolve("run"), 5).run().directory();
        SampleBenchmark.Result r = SampleBenchmark.run(run, 64, 3, 6400);
        assertThat(r.total()).isEqualTo(6400);
        assertThat(r.tenthSamples()).isEqualTo(640);
        assertThat(java.util.List.of(r.singleMs(), r.singleDirectMs(), r.batchMs(), r.batchDirectMs()))
                .allSatisfy(ms -> assertThat(ms).isPositive().isFinite());
        assertThat(r.rssAfterTenth()).isPositive();
        assertThat(r.rssAtEnd()).isPositive();
        assertThat(r.samplesPerSecond()).isEqualTo(64 / (r.batchMs() / 1000));
    }
}
