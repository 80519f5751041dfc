package io.gan4j.config;

import java.util.List;
import java.util.Optional;

/**
 * The registry of network families a config can name (each a {@link NetworkFamily}, the one place
 * a new family is listed), and what {@code auto} (the default of a network's
 * {@code width}, {@code activation} and {@code norm}) means for each: the paper's choice.
 *
 * <table>
 *   <caption>auto, per architecture</caption>
 *   <tr><th>architecture</th><th>width</th><th>G activation / norm</th><th>D activation / norm</th></tr>
 *   <tr><td>mlp</td><td>512 units</td><td>relu / none</td><td>relu / none</td></tr>
 *   <tr><td>dcgan (Radford et al. 2016)</td><td>64 feature maps</td><td>relu / batch</td><td>leaky_relu (0.2) /
 * batch</td></tr>
 *   <tr><td>sngan (Miyato et al. 2018, Table 3)</td><td>64 feature maps</td><td>relu /
 * batch</td><td>leaky_relu_0.1 / none</td></tr>
 *   <tr><td>autoencoder (Zhao et al. 2017; D only)</td><td>64 feature maps (images) or units (points)</td><td>—</td>
 *       <td>leaky_relu (0.2) / none</td></tr>
 * </table>
 *
 * <p>{@code autoencoder} is EBGAN's discriminator: a DCGAN-style convolutional auto-encoder for
 * images, a fully connected one for points. Its {@code code_size} 0 means the code has
 * {@code width} units. Its norm is none by default so that each sample's energy depends on that
 * sample alone, as the paper's D(x) does.
 */
public final class Architectures {

    public static final String MLP = "mlp";
    public static final String DCGAN = "dcgan";
    public static final String SNGAN = "sngan";
    /** EBGAN's auto-encoder discriminator (a discriminator architecture only). */
    public static final String AUTOENCODER = "autoencoder";
    /** The value that asks for the architecture's own choice. */
    public static final String AUTO = "auto";

    private static final MlpFamily MLP_FAMILY = new MlpFamily();
    private static final DcganFamily DCGAN_FAMILY = new DcganFamily();
    private static final SnganFamily SNGAN_FAMILY = new SnganFamily();

    private static final List<GeneratorFamily> GENERATORS = List.of(MLP_FAMILY, DCGAN_FAMILY, SNGAN_FAMILY);
    private static final List<DiscriminatorFamily> DISCRIMINATORS =
            List.of(MLP_FAMILY, DCGAN_FAMILY, SNGAN_FAMILY, new AutoEncoderFamily());

    private Architectures() {}

    /** The generator architectures. */
    public static List<String> names() {
        return GENERATORS.stream().map(NetworkFamily::name).toList();
    }

    /** The discriminator architectures: the generator's, and the auto-encoder. */
    public static List<String> discriminatorNames() {
        return DISCRIMINATORS.stream().map(NetworkFamily::name).toList();
    }

    /** The generator family called {@code name}; a validated config names one. */
    public static GeneratorFamily generator(String name) {
        return findGenerator(name).orElseThrow(() -> unknown(name));
    }

    /** The discriminator family called {@code name}; a validated config names one. */
    public static DiscriminatorFamily discriminator(String name) {
        return findDiscriminator(name).orElseThrow(() -> unknown(name));
    }

    /** The generator family called {@code name}, if there is one (for a config not yet validated). */
    static Optional<GeneratorFamily> findGenerator(String name) {
        return find(GENERATORS, name);
    }

    /** The discriminator family called {@code name}, if there is one (for a config not yet validated). */
    static Optional<DiscriminatorFamily> findDiscriminator(String name) {
        return find(DISCRIMINATORS, name);
    }

    /** The family called {@code name} that scores from features (for InfoGAN's Q and the projection). */
    public static TrunkFamily trunk(String name) {
        if (discriminator(name) instanceof TrunkFamily t) {
            return t;
        }
        throw new IllegalArgumentException("no trunk with features in architecture " + name);
    }

    private static <F extends NetworkFamily> Optional<F> find(List<F> families, String name) {
        return families.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown architecture '" + name + "'");
    }

    static String orAuto(String value, String auto) {
        return AUTO.equals(value) ? auto : value;
    }
}
