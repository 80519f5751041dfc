package io.gan4j.bench;

import static org.bytedeco.pytorch.global.torch.leaky_relu;
import static org.bytedeco.pytorch.global.torch.randn;
import static org.bytedeco.pytorch.global.torch.relu;

import io.gan4j.Refused;
import io.gan4j.config.DiscriminatorConfig;
import io.gan4j.config.GradientPenaltyConfig;
import io.gan4j.config.RunConfig;
import io.gan4j.config.WeightClippingConfig;
import io.gan4j.networks.DcganLayout;
import io.gan4j.networks.ImageShape;
import io.gan4j.torch.RandomStreams;
import io.gan4j.training.BatchSource;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.BatchNorm2dImpl;
import org.bytedeco.pytorch.BatchNormOptions;
import org.bytedeco.pytorch.Conv2dImpl;
import org.bytedeco.pytorch.Conv2dOptions;
import org.bytedeco.pytorch.ConvTranspose2dImpl;
import org.bytedeco.pytorch.ConvTranspose2dOptions;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.LinearImpl;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Optimizer;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;

/**
 * The baseline for a DCGAN config: the same networks (layer by layer as {@code DcganGenerator} and
 * {@code DcganDiscriminator} build them) and the same step, written with libtorch's own modules
 * ({@code Linear}, {@code ConvTranspose2d}, {@code Conv2d}, {@code BatchNorm2d}) and optimisers,
 * with no gan4j class in the step. It draws real batches from its own copy of the run's data
 * pipeline, so both sides do the same data work. Covers DCGAN G and D without spectral norm,
 * packing, gradient penalty or clipping.
 */
final class HandWrittenDcgan implements Baseline {

    private final RunConfig config;
    private final Generator g;
    private final Discriminator d;
    private final Optimizer gOpt;
    private final Optimizer dOpt;
    private final BatchSource real;
    private final GeneratorOptional noise;

    static final class Generator extends Module {
        final LinearImpl project;
        final BatchNorm2dImpl projectNorm;
        final List<ConvTranspose2dImpl> ups = new ArrayList<>();
        final List<BatchNorm2dImpl> norms = new ArrayList<>();
        final long base;
        final int side;

        Generator(int latent, ImageShape image, long width) {
            DcganLayout layout = DcganLayout.of(image.height());
            side = layout.base();
            base = width << (layout.stages() - 1);
            project = register_module("project", new LinearImpl(latent, base * side * side));
            projectNorm = register_module("project_norm", new BatchNorm2dImpl(new BatchNormOptions(base)));
            long in = base;
            for (int i = 0; i < layout.stages(); i++) {
                boolean last = i == layout.stages() - 1;
                long out = last ? image.channels() : in / 2;
                ConvTranspose2dOptions o = new ConvTranspose2dOptions(in, out, new LongPointer(4L, 4L));
                o.stride().put(0, 2).put(1, 2);
                o.padding().put(0, 1).put(1, 1);
                ups.add(register_module("up" + i, new ConvTranspose2dImpl(o)));
                if (!last) {
                    norms.add(register_module("norm" + i, new BatchNorm2dImpl(new BatchNormOptions(out))));
                }
                in = out;
            }
        }

        Tensor forward(Tensor z) {
            Tensor h = relu(projectNorm.forward(project.forward(z).reshape(z.size(0), base, side, side)));
            for (int i = 0; i < ups.size(); i++) {
                h = ups.get(i).forward(h);
                h = i < norms.size() ? relu(norms.get(i).forward(h)) : h.tanh();
            }
            return h;
        }
    }

    static final class Discriminator extends Module {
        final List<Conv2dImpl> downs = new ArrayList<>();
        final List<BatchNorm2dImpl> norms = new ArrayList<>();
        final LinearImpl out;
        final Scalar slope;

        Discriminator(ImageShape image, long width, boolean batchNorm, double slope) {
            DcganLayout layout = DcganLayout.of(image.height());
            long in = image.channels();
            long ch = width;
            for (int i = 0; i < layout.stages(); i++) {
                Conv2dOptions o = new Conv2dOptions(in, ch, new LongPointer(4L, 4L));
                o.stride().put(0, 2).put(1, 2);
                o.padding().put(new LongPointer(1L, 1L));
                downs.add(register_module("down" + i, new Conv2dImpl(o)));
                norms.add(
                        i > 0 && batchNorm
                                ? register_module("norm" + i, new BatchNorm2dImpl(new BatchNormOptions(ch)))
                                : null);
                in = ch;
                ch *= 2;
            }
            out = register_module("out", new LinearImpl(in * layout.base() * layout.base(), 1));
            this.slope = new Scalar(slope);
        }

        Tensor forward(Tensor x) {
            Tensor h = x;
            for (int i = 0; i < downs.size(); i++) {
                h = downs.get(i).forward(h);
                if (norms.get(i) != null) {
                    h = norms.get(i).forward(h);
                }
                h = leaky_relu(h, slope);
            }
            return out.forward(h.reshape(x.size(0), -1)).reshape(-1);
        }
    }

    /** @param c a resolved config ({@link io.gan4j.config.ValidConfig#config()}) */
    HandWrittenDcgan(RunConfig c, BatchSource real) {
        DiscriminatorConfig dc = c.model().discriminator();
        if (!c.model().generator().architecture().equals("dcgan")
                || !dc.architecture().equals("dcgan")
                || dc.spectralNorm()
                || dc.packing() != 1
                || c.regularisers().get(GradientPenaltyConfig.class) != null
                || c.regularisers().get(WeightClippingConfig.class) != null
                || !c.model().generator().norm().equals("batch")
                || !c.model().latentPrior().equals("normal")
                || !dc.activation().startsWith("leaky_relu")
                || c.infogan() != null
                || dc.dense() != 0
                || c.model().generator().dense() != 0
                || c.model().conditional()) {
            throw new Refused("the hand-written DCGAN baseline covers DCGAN G (batch norm) and D (leaky "
                    + "ReLU) with a normal prior and no spectral norm, packing, penalty, clipping, dense "
                    + "hidden layer, "
                    + "InfoGAN codes or classes; '" + c.name() + "' uses more");
        }
        this.config = c;
        ImageShape image = c.data().imageShape();
        org.bytedeco.pytorch.global.torch.manual_seed(c.seed());
        g = new Generator(c.model().latentDim(), image, c.model().generator().width());
        d = new Discriminator(image, dc.width(), dc.batchNorm(), dc.activation().equals("leaky_relu") ? 0.2 : 0.1);
        gOpt = Baseline.optimiser(c.optimisers().generator(), g.parameters());
        dOpt = Baseline.optimiser(c.optimisers().discriminator(), d.parameters());
        this.real = real;
        this.noise = new GeneratorOptional(new RandomStreams(c.seed()).torchFresh(RandomStreams.NOISE + "-baseline"));
    }

    @Override
    public void step(int step) {
        int n = config.data().batchSize();
        long latent = config.model().latentDim();
        for (int k = 0; k < config.train().criticStepsAt(step); k++) {
            try (PointerScope scope = new PointerScope()) {
                Tensor x = real.get();
                Tensor fake;
                try (NoGradGuard guard = new NoGradGuard()) {
                    fake = g.forward(randn(new long[] {n, latent}, noise));
                }
                Tensor loss = HandWrittenLosses.discriminator(config.objective().name(), d.forward(x), d.forward(fake));
                dOpt.zero_grad();
                loss.backward();
                dOpt.step();
            }
        }
        try (PointerScope scope = new PointerScope()) {
            Tensor loss = HandWrittenLosses.generator(
                    config.objective().name(), d.forward(g.forward(randn(new long[] {n, latent}, noise))));
            gOpt.zero_grad();
            loss.backward();
            gOpt.step();
        }
    }
}
