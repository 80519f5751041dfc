package io.gan4j.training;

import io.gan4j.networks.GeneratorNetwork;
import io.gan4j.torch.Safetensors;
import io.gan4j.torch.Tensors;
import java.util.Map;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;

/**
 * An exponential moving average of the generator's weights (Yazıcı et al. 2019, "The Unusual
 * Effectiveness of Averaging in GAN Training"; Karras et al. 2018): after every generator step,
 * θ_ema ← β·θ_ema + (1 − β)·θ for each parameter, while buffers (batch norm's running statistics,
 * spectral norm's vectors) are copied. The average starts equal to G. Samples are drawn from it
 * when it is on ({@link Gan#sampler()}).
 */
public final class GeneratorEma implements TrainingListener {

    private final GeneratorNetwork average;
    private final double decay;

    /**
     * @param average a second generator of the same architecture (its initial weights are overwritten with G's)
     * @param decay β in (0, 1)
     */
    public GeneratorEma(GeneratorNetwork source, GeneratorNetwork average, double decay) {
        if (!(decay > 0 && decay < 1)) {
            throw new IllegalArgumentException("EMA decay must be in (0, 1), found " + decay);
        }
        this.average = average;
        this.decay = decay;
        copy(source, average);
    }

    public GeneratorNetwork average() {
        return average;
    }

    public double decay() {
        return decay;
    }

    @Override
    public void afterStep(Gan gan, int step, StepLog log) {
        update(gan.generator());
    }

    /** One averaging step towards {@code source}'s current weights. */
    void update(GeneratorNetwork source) {
        Map<String, Tensor> src = Safetensors.stateOf(source);
        Map<String, Tensor> dst = Safetensors.stateOf(average);
        Map<String, Tensor> params = paramsOf(source);
        try (NoGradGuard guard = new NoGradGuard()) {
            for (Map.Entry<String, Tensor> e : dst.entrySet()) {
                Tensor s = src.get(e.getKey());
                if (params.containsKey(e.getKey())) {
                    e.getValue().mul_(Tensors.scalar(decay)).add_(s, Tensors.scalar(1 - decay));
                } else {
                    e.getValue().copy_(s);
                }
            }
        }
    }

    private static Map<String, Tensor> paramsOf(GeneratorNetwork g) {
        Map<String, Tensor> params = new java.util.HashMap<>();
        var dict = g.named_parameters(true);
        for (long i = 0; i < dict.size(); i++) {
            params.put(dict.get(i).key().getString(), dict.get(i).value());
        }
        return params;
    }

    private static void copy(GeneratorNetwork from, GeneratorNetwork to) {
        Map<String, Tensor> src = Safetensors.stateOf(from);
        try (NoGradGuard guard = new NoGradGuard()) {
            Safetensors.stateOf(to).forEach((name, t) -> t.copy_(src.get(name)));
        }
    }
}
