package io.gan4j.training;

import io.gan4j.data.toy.ToyDistribution;
import io.gan4j.metrics.toy.ModeCoverage;
import io.gan4j.metrics.toy.ModeReport;
import io.gan4j.metrics.toy.Wasserstein1;
import io.gan4j.torch.Tensors;
import java.util.random.RandomGenerator;
import org.bytedeco.pytorch.Generator;
import org.bytedeco.pytorch.GeneratorOptional;

/**
 * Adds the toy metrics to logged steps every {@code every} steps and at the last step, on samples drawn from
 * the run's evaluation stream
 * (so evaluating never changes training): the PacGAN protocol's modes captured, high-quality
 * fraction and reverse KL on {@code evalSamples} generated points (for distributions with modes),
 * and the exact 1-Wasserstein distance between {@code w1Samples} generated and as many fresh real
 * points.
 */
public final class ToyEvaluation implements TrainingListener {

    private final ToyDistribution data;
    private final int evalSamples;
    private final int w1Samples;
    private final GeneratorOptional noise;
    private final RandomGenerator realRng;
    private final int every;
    private int lastStep;

    /** @param every evaluate at logged steps that are multiples of this, and at the last step */
    public ToyEvaluation(
            ToyDistribution data, int every, int evalSamples, int w1Samples, Generator noise, RandomGenerator realRng) {
        this.data = data;
        this.every = every;
        this.evalSamples = evalSamples;
        this.w1Samples = w1Samples;
        this.noise = new GeneratorOptional(noise);
        this.realRng = realRng;
    }

    @Override
    public void onStart(Gan gan, int fromStep, int totalSteps) {
        lastStep = totalSteps;
    }

    @Override
    public void afterStep(Gan gan, int step, StepLog log) {
        if (log == null || !Every.atOrLast(step, every, lastStep)) {
            return;
        }
        if (data.hasModes()) {
            double[][] samples = Tensors.toRows(gan.generate(evalSamples, noise));
            ModeReport r = ModeCoverage.evaluate(samples, data.modes(), data.modeStd());
            log.put("modes_captured", r.modesCaptured());
            log.put("modes_total", r.modesTotal());
            log.put("hq_fraction", r.hqFraction());
            log.put("reverse_kl", r.reverseKl());
        }
        double[][] generated = Tensors.toRows(gan.generate(w1Samples, noise));
        log.put("w1", Wasserstein1.exact(generated, data.sample(w1Samples, realRng)));
    }
}
