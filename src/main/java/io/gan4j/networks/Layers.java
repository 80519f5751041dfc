package io.gan4j.networks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small list helpers for networks made of parts. */
final class Layers {

    private Layers() {}

    static List<Dense> concat(List<Dense> first, List<Dense> second) {
        List<Dense> all = new ArrayList<>(first);
        all.addAll(second);
        return Collections.unmodifiableList(all);
    }
}
