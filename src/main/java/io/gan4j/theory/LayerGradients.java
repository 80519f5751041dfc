package io.gan4j.theory;

import static org.bytedeco.pytorch.global.torch.cat;
import static org.bytedeco.pytorch.global.torch.grad;
import static org.bytedeco.pytorch.global.torch.linear;
import static org.bytedeco.pytorch.global.torch.relu;

import io.gan4j.networks.Dense;
import io.gan4j.torch.Tensors;
import java.util.List;
import org.bytedeco.pytorch.BoolOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptional;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.global.torch.ScalarType;

/**
 * The gradient of a ReLU critic's Wasserstein loss L = E[f(x̃)] − E[f(x)] (x̃ generated, x real) at
 * every dense layer, measured in float64 on copies of the weights (the critic's own gradients are
 * not touched).
 *
 * <p>For the critic h₀ = x, z_l = h_{l−1}W_lᵀ + b_l, h_l = relu(z_l) (l &lt; L), f = z_L, backpropagation
 * gives ∂L/∂h_{l−1} = (∂L/∂h_l ⊙ 1[z_l &gt; 0]) W_l, so the gradient reaching the input of layer l is
 * the one reaching layer l + 1 times one Jacobian: its norm changes by a roughly constant factor per
 * layer, and over L layers explodes or vanishes geometrically unless that factor is 1.
 * ∂L/∂W_l = (∂L/∂z_l)ᵀ h_{l−1} is reported too.
 *
 * <p>float64 because clipped critics' gradients fall below float32's smallest number (1.4·10⁻⁴⁵)
 * within a dozen layers.
 *
 * @param log10Activations log₁₀ ‖∂L/∂h_{l−1}‖_F for l = 1 … L (the input of each dense layer; l = 1 is x)
 * @param log10Weights log₁₀ ‖∂L/∂W_l‖_F for l = 1 … L
 * @param inputGradientNorm the mean over the samples of ‖∇ₓf(x)‖₂, the quantity the gradient penalty holds at 1
 */
record LayerGradients(double[] log10Activations, double[] log10Weights, double inputGradientNorm) {

    /**
     * Measures the gradients of {@code layers}, applied in order with ReLU between them, on
     * {@code real} and {@code fake}, shapes (n, d) and (m, d).
     */
    static LayerGradients measure(List<Dense> layers, Tensor real, Tensor fake) {
        long m = fake.size(0);
        long n = real.size(0);
        Tensor x = cat(new TensorVector(fake, real), 0)
                .detach()
                .toType(ScalarType.Double)
                .set_requires_grad(true);
        TensorVector inputs = new TensorVector();
        TensorVector weights = new TensorVector();
        Tensor h = x;
        for (int l = 0; l < layers.size(); l++) {
            Dense layer = layers.get(l);
            Tensor w = layer.weight().detach().toType(ScalarType.Double).set_requires_grad(true);
            Tensor b = layer.bias().detach().toType(ScalarType.Double);
            inputs.push_back(h);
            weights.push_back(w);
            Tensor z = linear(h, w, new TensorOptional(b));
            h = l == layers.size() - 1 ? z : relu(z);
        }
        Tensor f = h.reshape(-1);
        Tensor loss = f.narrow(0, 0, m).mean().sub(f.narrow(0, m, n).mean());
        TensorVector all = new TensorVector();
        for (long i = 0; i < inputs.size(); i++) {
            all.push_back(inputs.get(i));
        }
        for (long i = 0; i < weights.size(); i++) {
            all.push_back(weights.get(i));
        }
        TensorVector g = grad(new TensorVector(loss), all, new TensorVector(), new BoolOptional(false), false, false);
        int depth = layers.size();
        double[] activations = new double[depth];
        double[] weightNorms = new double[depth];
        for (int l = 0; l < depth; l++) {
            activations[l] = Math.log10(g.get(l).norm().item_double());
            weightNorms[l] = Math.log10(g.get(depth + l).norm().item_double());
        }
        // Row i of ∂L/∂x is ∇f(x̃_i)/m for a generated sample and −∇f(x_i)/n for a real one.
        Tensor rows = Tensors.rowNorms(g.get(0));
        double perSample = (rows.narrow(0, 0, m).sum().item_double() * m
                        + rows.narrow(0, m, n).sum().item_double() * n)
                / (m + n);
        return new LayerGradients(activations, weightNorms, perSample);
    }

    /** log₁₀ of ‖∂L/∂h₀‖ / ‖∂L/∂h_{L−1}‖: the gradient at the first layer relative to the last. */
    double log10FirstToLast() {
        return log10Activations[0] - log10Activations[log10Activations.length - 1];
    }

    /** Orders of magnitude spanned across the layers: max − min of the log₁₀ norms. */
    double span() {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double v : log10Activations) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        return max - min;
    }
}
