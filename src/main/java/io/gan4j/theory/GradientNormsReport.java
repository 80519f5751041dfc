package io.gan4j.theory;

import io.gan4j.reports.HistogramPng;
import io.gan4j.reports.LineChartPng;
import io.gan4j.theory.GradientNorms.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes {@link GradientNorms}' figures, CSV files, plots and explanations into its run. */
final class GradientNormsReport {

    private GradientNormsReport() {}

    /** Writes the CSVs, plots and explanations into {@code run}; returns the figures for its summary. */
    static GradientNorms.Figures write(TheoryRun run, GradientNorms.Budget b, long seed, List<Outcome> outcomes) {
        Map<String, Double> ratio = new LinkedHashMap<>();
        Map<String, Double> span = new LinkedHashMap<>();
        Map<String, Double> input = new LinkedHashMap<>();
        Map<String, Double> atBound = new LinkedHashMap<>();
        Map<String, List<Double>> norms = new LinkedHashMap<>();
        Map<String, List<Double>> weightNorms = new LinkedHashMap<>();
        Map<String, List<Double>> during = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            String name = o.setting().name();
            ratio.put(name, Math.pow(10, o.last().log10FirstToLast()));
            span.put(name, o.last().span());
            input.put(name, o.last().inputGradientNorm());
            if (o.setting().clipped()) {
                atBound.put(name, o.fractionAtBound());
            }
            norms.put(name, rounded(o.last().log10Activations()));
            weightNorms.put(name, rounded(o.last().log10Weights()));
            during.put(name, rounded(o.log10Ratios()));
        }

        run.paragraph("A " + GradientNorms.DEPTH + "-layer ReLU critic (width " + b.width()
                + "; He-uniform weights, zero biases) "
                + "trained for " + b.steps()
                + " updates on the swiss roll against a fixed generator, the data plus N(0, I) noise "
                + "(Gulrajani et al., 2017, section 3 and Figure 1b). Weight clipping uses RMSProp 5e-5; the "
                + "gradient penalty "
                + "λ = 10 with Adam 1e-4 (0.5, 0.9). Plotted: log10 of the norm of the gradient of the critic loss "
                + "E[f(fake)] − E[f(real)] with respect to each dense layer's input (layer 1's input is the "
                + "sample), measured in "
                + "float64 on " + b.measureSamples() + " real and " + b.measureSamples() + " generated samples.");
        run.paragraph("Clipping makes each layer multiply the backpropagated gradient by a roughly constant factor ≈ "
                + "c·√(width/2) "
                + "for sign-random weights (more once training aligns them), so over 12 layers it vanishes "
                + "for small c and explodes "
                + "for large c; the gradient penalty holds ‖∇f‖ near 1 and the norms stay within an order "
                + "of magnitude. Gradients "
                + "with respect to the weights are shown too: in a ReLU network the scale moves between "
                + "layers, so they show "
                + "vanishing (biases dominate) but hide the explosion.");
        perLayer(run, outcomes);
        duringTraining(run, outcomes);
        for (Outcome o : outcomes) {
            String name = o.setting().name();
            String title = o.setting().clipped()
                    ? "weights, clipping c = " + o.setting().clip()
                    : "weights, gradient penalty";
            new HistogramPng(title, "weight (layers 2-11)", o.hiddenWeights(), 60)
                    .writePng(run.path().resolve("weights-" + name + ".png"));
            run.image(
                    "weights-" + name + ".png",
                    "Weights of the hidden layers after training: " + name
                            + (o.setting().clipped()
                                    ? String.format(Locale.ROOT, " (%.1f %% at ±c)", 100 * o.fractionAtBound())
                                    : ""));
        }
        return new GradientNorms.Figures(
                "gradient-norms",
                "swissroll",
                GradientNorms.DEPTH + " dense layers, ReLU, width " + b.width() + " (the paper: 512)",
                "data + N(0, I)",
                "critic loss E[f(fake)] - E[f(real)] w.r.t. the input activations of each dense layer",
                b.steps(),
                b.batchSize(),
                seed,
                ratio,
                span,
                input,
                atBound,
                norms,
                weightNorms,
                Arrays.stream(outcomes.get(0).steps())
                        .mapToInt(x -> (int) x)
                        .boxed()
                        .toList(),
                during);
    }

    private static void perLayer(TheoryRun run, List<Outcome> outcomes) {
        List<String> header = new ArrayList<>(List.of("layer"));
        outcomes.forEach(o -> header.add("log10_activation_grad_" + o.setting().name()));
        outcomes.forEach(o -> header.add("log10_weight_grad_" + o.setting().name()));
        List<double[]> rows = new ArrayList<>();
        double[] layers = new double[GradientNorms.DEPTH];
        for (int l = 0; l < GradientNorms.DEPTH; l++) {
            layers[l] = l + 1;
            double[] row = new double[1 + 2 * outcomes.size()];
            row[0] = l + 1;
            for (int i = 0; i < outcomes.size(); i++) {
                row[1 + i] = outcomes.get(i).last().log10Activations()[l];
                row[1 + outcomes.size() + i] = outcomes.get(i).last().log10Weights()[l];
            }
            rows.add(row);
        }
        run.csv("gradient_norms.csv", header, rows);
        LineChartPng.Builder activations = LineChartPng.builder()
                .title("Gradient norms of a deep WGAN critic")
                .xLabel("discriminator layer")
                .yLabel("log10 ‖∂L/∂(layer input)‖")
                .legendOutside(true)
                .size(760, 420);
        LineChartPng.Builder weights = LineChartPng.builder()
                .title("Gradient norms with respect to the weights")
                .xLabel("discriminator layer")
                .yLabel("log10 ‖∂L/∂W‖")
                .legendOutside(true)
                .size(760, 420);
        for (Outcome o : outcomes) {
            activations.series(o.setting().name(), layers, o.last().log10Activations());
            weights.series(o.setting().name(), layers, o.last().log10Weights());
        }
        run.chart(
                "gradient_norms.png",
                "log10 of the gradient norm at each layer's input, after training (the paper's Figure 1b, left)",
                activations.build());
        run.chart(
                "weight_gradient_norms.png",
                "log10 of the gradient norm with respect to each layer's weights",
                weights.build());
    }

    private static void duringTraining(TheoryRun run, List<Outcome> outcomes) {
        List<String> header = new ArrayList<>(List.of("step"));
        outcomes.forEach(o -> header.add("log10_ratio_" + o.setting().name()));
        List<double[]> rows = new ArrayList<>();
        double[] steps = outcomes.get(0).steps();
        LineChartPng.Builder chart = LineChartPng.builder()
                .title("First-to-last layer gradient ratio during training")
                .xLabel("critic update")
                .yLabel("log10 (‖∂L/∂h₀‖ / ‖∂L/∂h₁₁‖)")
                .legendOutside(true)
                .size(760, 420);
        for (int k = 0; k < steps.length; k++) {
            double[] row = new double[1 + outcomes.size()];
            row[0] = steps[k];
            for (int i = 0; i < outcomes.size(); i++) {
                row[1 + i] = outcomes.get(i).log10Ratios()[k];
            }
            rows.add(row);
        }
        outcomes.forEach(o -> chart.series(o.setting().name(), steps, o.log10Ratios()));
        run.csv("ratio_during_training.csv", header, rows);
        run.chart(
                "ratio_during_training.png",
                "How the first-to-last ratio develops as the critic trains",
                chart.build());
    }

    private static List<Double> rounded(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(Double.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null);
        }
        return out;
    }
}
