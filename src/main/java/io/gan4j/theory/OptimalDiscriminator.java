package io.gan4j.theory;

import static org.bytedeco.pytorch.global.torch.randn;

import io.gan4j.config.OptimiserConfig;
import io.gan4j.networks.Activation;
import io.gan4j.networks.MlpDiscriminator;
import io.gan4j.objectives.Minimax;
import io.gan4j.objectives.Objective;
import io.gan4j.reports.LineChartPng;
import io.gan4j.torch.RandomStreams;
import io.gan4j.torch.Tensors;
import io.gan4j.training.Optimisers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * The optimal discriminator (Goodfellow et al., 2014, "Generative Adversarial Nets", Proposition 1
 * and Theorem 1): for a fixed generator, the D maximising
 * V(D, G) = E_{p_data}[log D(x)] + E_{p_g}[log(1 − D(x))] is
 * D*(x) = p_data(x) / (p_data(x) + p_g(x)), and V(D*, G) = −log 4 + 2·JSD(p_data ‖ p_g).
 *
 * <p>Here p_data = N(0, 1) and p_g = N(2, 1), so D*(x) = σ(2 − 2x). An MLP discriminator
 * (1 → width → width → 1, tanh, float64) is trained with the minimax (binary cross-entropy) loss
 * on fresh samples of both, with Adam and a cosine learning-rate decay. Its D(x) is then compared
 * with D*(x) on the support, taken as the interval where the mixture density (p_data + p_g)/2 is at
 * least {@value #SUPPORT_DENSITY} (about [−2.7, 4.7]): {@code max_abs_error} = max |D − D*| there.
 * V(D, G) of the trained D and JSD(p_data ‖ p_g) = ½ KL(p_data ‖ m) + ½ KL(p_g ‖ m),
 * m = (p_data + p_g)/2, are integrated numerically (trapezoidal rule on [−10, 12]);
 * {@code value_error} = |V(D, G) − (−log 4 + 2·JSD)|. Since V is maximal at D*, an error ε in D
 * moves V by O(ε²) only, so the value is the tighter of the two checks.
 */
public final class OptimalDiscriminator {

    /** The mixture density above which x counts as in the support. */
    public static final double SUPPORT_DENSITY = 0.005;

    static final Normal DATA = new Normal(0, 1);
    static final Normal MODEL = new Normal(2, 1);
    private static final double LO = -10;
    private static final double HI = 12;

    private OptimalDiscriminator() {}

    /**
     * The experiment's budget.
     *
     * @param steps discriminator updates (each on fresh samples)
     * @param batchSize samples of p_data and of p_g per update
     * @param width units in each of D's two hidden layers
     * @param learningRate Adam's initial learning rate, decayed by a cosine to 1% of it
     * @param gridPoints quadrature points on [−10, 12]
     */
    public record Options(int steps, int batchSize, int width, double learningRate, int gridPoints) {

        public Options {
            List<String> bad = new ArrayList<>();
            if (steps < 1) {
                bad.add("steps must be at least 1, found " + steps);
            }
            if (batchSize < 1) {
                bad.add("batch size must be at least 1, found " + batchSize);
            }
            if (width < 1) {
                bad.add("width must be at least 1, found " + width);
            }
            if (!(learningRate > 0)) {
                bad.add("learning rate must be positive, found " + learningRate);
            }
            if (gridPoints < 101) {
                bad.add("grid points must be at least 101, found " + gridPoints);
            }
            if (!bad.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", bad));
            }
        }

        /** The command line's budget. */
        public static Options defaults() {
            return new Options(2500, 512, 32, 0.01, 4401);
        }

        /** A reduced budget for tests. */
        public static Options quick() {
            return new Options(1000, 512, 32, 0.01, 2201);
        }
    }

    /**
     * The figures of {@code summary.json}.
     *
     * @param pData p_data, as text
     * @param pG p_g, as text
     * @param support the interval where (p_data + p_g)/2 ≥ {@value #SUPPORT_DENSITY}, as text
     * @param maxAbsError max |D(x) − D*(x)| over the support
     * @param value V(D, G) of the trained D, by the trapezoidal rule
     * @param valueClosedForm −log 4 + 2·JSD(p_data ‖ p_g), V at D*
     * @param valueError |value − valueClosedForm|
     * @param jsd JSD(p_data ‖ p_g) in nats
     * @param options the budget
     */
    public record Figures(
            String pData,
            String pG,
            String support,
            double maxAbsError,
            double value,
            double valueClosedForm,
            double valueError,
            double jsd,
            Options options) {}

    /** Trains D, writes the figures, CSVs and plots into {@code run}, finishes it and returns the figures. */
    public static Figures run(Options options, long seed, TheoryRun run) {
        RandomStreams streams = new RandomStreams(seed);
        GeneratorOptional init = new GeneratorOptional(streams.torch(RandomStreams.INIT));
        GeneratorOptional data = new GeneratorOptional(streams.torch(RandomStreams.DATA));
        MlpDiscriminator d = new MlpDiscriminator(1, 1, options.width(), 2, Activation.TANH, false, false, init);
        d.to(torch.ScalarType.Double, false);
        Optimizer adam = Optimisers.create(OptimiserConfig.adam(options.learningRate(), 0.9, 0.999), d.parameters());
        Objective bce = new Minimax();
        int every = Math.max(1, options.steps() / 200);
        List<double[]> lossRows = new ArrayList<>();
        double lossSum = 0;
        for (int step = 0; step < options.steps(); step++) {
            try (PointerScope scope = new PointerScope()) {
                double lr = DoubleTensors.cosine(options.learningRate(), 0.01, step, options.steps());
                io.gan4j.training.Optimisers.setLearningRate(adam, lr);
                Tensor real = sample(DATA, options.batchSize(), data);
                Tensor fake = sample(MODEL, options.batchSize(), data);
                Tensor loss = bce.discriminatorLoss(d.forward(real), d.forward(fake));
                adam.zero_grad();
                loss.backward();
                adam.step();
                lossSum += loss.item_double();
                if ((step + 1) % every == 0) {
                    lossRows.add(new double[] {step + 1, lossSum / every, lr});
                    lossSum = 0;
                }
            }
        }
        double[] x = Quadrature.grid(LO, HI, options.gridPoints());
        double[] logit;
        try (PointerScope scope = new PointerScope();
                NoGradGuard guard = new NoGradGuard()) {
            logit = DoubleTensors.values(d.forward(DoubleTensors.column(x)));
        }
        return report(x, logit, lossRows, options, run);
    }

    private static Tensor sample(Normal p, int n, GeneratorOptional stream) {
        return randn(new long[] {n, 1}, stream, DoubleTensors.options())
                .mul(Tensors.scalar(p.sd()))
                .add(Tensors.scalar(p.mean()));
    }

    /** D*(x) = p_data / (p_data + p_g) = σ(log p_data − log p_g). */
    static double optimal(double x) {
        return sigmoid(DATA.logPdf(x) - MODEL.logPdf(x));
    }

    /** JSD(p_data ‖ p_g) by the trapezoidal rule on {@code x}. */
    static double jsd(double[] x) {
        return Quadrature.integrate(x, t -> {
            double p = DATA.pdf(t);
            double q = MODEL.pdf(t);
            double m = 0.5 * (p + q);
            return 0.5 * (xLogRatio(p, m) + xLogRatio(q, m));
        });
    }

    private static Figures report(double[] x, double[] logit, List<double[]> lossRows, Options options, TheoryRun run) {
        double[] v = new double[x.length];
        double maxError = 0;
        double supportLo = Double.NaN;
        double supportHi = Double.NaN;
        List<double[]> rows = new ArrayList<>();
        List<Double> sx = new ArrayList<>();
        List<Double> sd = new ArrayList<>();
        List<Double> so = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double p = DATA.pdf(x[i]);
            double q = MODEL.pdf(x[i]);
            double dx = sigmoid(logit[i]);
            double opt = optimal(x[i]);
            v[i] = -p * softplusOf(-logit[i]) - q * softplusOf(logit[i]);
            boolean inSupport = 0.5 * (p + q) >= SUPPORT_DENSITY;
            if (inSupport) {
                maxError = Math.max(maxError, Math.abs(dx - opt));
                supportLo = Double.isNaN(supportLo) ? x[i] : supportLo;
                supportHi = x[i];
                sx.add(x[i]);
                sd.add(dx);
                so.add(opt);
            }
            rows.add(new double[] {x[i], p, q, dx, opt, inSupport ? 1 : 0});
        }
        double value = Quadrature.trapezoid(x, v);
        double jsd = jsd(x);
        double closed = -Math.log(4) + 2 * jsd;
        run.paragraph("p_data = " + DATA + ", p_g = " + MODEL + ". D is an MLP (1 → " + options.width() + " → "
                + options.width()
                + " → 1, tanh) trained with the binary cross-entropy (minimax) loss on fresh samples; "
                + "D*(x) = p_data(x) / (p_data(x) + p_g(x)). The support is where (p_data + p_g)/2 ≥ " + SUPPORT_DENSITY
                + "; V(D, G) and JSD are integrated by the trapezoidal rule on [" + LO + ", " + HI + "].");
        run.csv("discriminator.csv", List.of("x", "p_data", "p_g", "d_trained", "d_optimal", "in_support"), rows);
        run.csv("loss.csv", List.of("step", "bce_loss", "learning_rate"), lossRows);
        run.chart(
                "discriminator.png",
                "trained D(x) against D*(x) = p_data/(p_data + p_g) on the support",
                LineChartPng.builder()
                        .title("Optimal discriminator")
                        .xLabel("x")
                        .yLabel("D(x)")
                        .series("trained D", unbox(sx), unbox(sd))
                        .series("D* (closed form)", unbox(sx), unbox(so))
                        .build());
        double[] diff = new double[sx.size()];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = sd.get(i) - so.get(i);
        }
        run.chart(
                "discriminator_error.png",
                "D(x) − D*(x) on the support; max |D − D*| is max_abs_error",
                LineChartPng.builder()
                        .title("Error of the trained discriminator")
                        .xLabel("x")
                        .yLabel("D − D*")
                        .series("D − D*", unbox(sx), diff)
                        .build());
        double[] steps = lossRows.stream().mapToDouble(r -> r[0]).toArray();
        double[] optimumLoss = new double[steps.length];
        java.util.Arrays.fill(optimumLoss, -closed);
        run.chart(
                "loss.png",
                "BCE loss (= −V on a batch) during training, against its minimum log 4 − 2·JSD",
                LineChartPng.builder()
                        .title("Discriminator loss")
                        .xLabel("step")
                        .yLabel("loss")
                        .legend(LegendPosition.OutsideS)
                        .series(
                                "BCE loss",
                                steps,
                                lossRows.stream().mapToDouble(r -> r[1]).toArray())
                        .series("log 4 − 2 JSD", steps, optimumLoss)
                        .build());
        return run.finish(new Figures(
                DATA.toString(),
                MODEL.toString(),
                String.format(Locale.ROOT, "[%.3f, %.3f]", supportLo, supportHi),
                maxError,
                value,
                closed,
                Math.abs(value - closed),
                jsd,
                options));
    }

    private static double[] unbox(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double sigmoid(double l) {
        return l >= 0 ? 1 / (1 + Math.exp(-l)) : Math.exp(l) / (1 + Math.exp(l));
    }

    /** log(1 + eˡ), without overflow. */
    static double softplusOf(double l) {
        return Math.max(l, 0) + Math.log1p(Math.exp(-Math.abs(l)));
    }

    /** a log(a/b), with 0 log 0 = 0. */
    private static double xLogRatio(double a, double b) {
        return a > 0 ? a * Math.log(a / b) : 0;
    }
}
