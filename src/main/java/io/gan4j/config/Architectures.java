package io.gan4j.config;

import java.util.List;

/**
 * The network families a config can name, and what {@code auto} (the default of a network's
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

    private Architectures() {}

    /** The generator architectures. */
    public static List<String> names() {
        return List.of(MLP, DCGAN, SNGAN);
    }

    /** The discriminator architectures: the generator's, and the auto-encoder. */
    public static List<String> discriminatorNames() {
        return List.of(MLP, DCGAN, SNGAN, AUTOENCODER);
    }

    static int width(String architecture) {
        return MLP.equals(architecture) ? 512 : 64;
    }

    static String activation(String architecture, boolean generator) {
        if (generator || MLP.equals(architecture)) {
            return "relu";
        }
        return DCGAN.equals(architecture) || AUTOENCODER.equals(architecture) ? "leaky_relu" : "leaky_relu_0.1";
    }

    static String norm(String architecture, boolean generator) {
        if (MLP.equals(architecture) || AUTOENCODER.equals(architecture)) {
            return "none";
        }
        return generator || DCGAN.equals(architecture) ? "batch" : "none";
    }

    static String orAuto(String value, String auto) {
        return AUTO.equals(value) ? auto : value;
    }
}
