package io.gan4j.data.image;

import java.nio.file.Path;

/** The one-line descriptions of sources: {@code "NAME: N images, C×H×W, from WHERE"}. */
final class Describe {

    private Describe() {}

    /** {@code "MNIST train: 60000 images, 1×28×28, from /data/mnist"}. */
    static String of(String name, int size, int channels, int height, int width, Object from) {
        Object where = from instanceof Path path ? path.toAbsolutePath().normalize() : from;
        return name + ": " + size + " images, " + channels + "×" + height + "×" + width + ", from " + where;
    }
}
