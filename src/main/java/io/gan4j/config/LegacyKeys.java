package io.gan4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gan4j.objectives.EbganMargin;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads the keys of configs written by earlier versions, which every run directory's
 * {@code config.yaml} holds, into today's layout, so old runs still sample, evaluate and resume.
 * One so far: {@code ebgan_margin: {margin: m}} beside {@code objective: ebgan-margin}, now
 * {@code objective: {name: ebgan-margin, margin: m}} ({@code ebgan_margin: null}, written by every
 * run of another objective, is dropped).
 */
final class LegacyKeys {

    private static final String EBGAN_MARGIN = "ebgan_margin";

    private static final String MOVED = "the parameters of objective ebgan-margin now live in the objective: "
            + "write objective: {name: ebgan-margin, margin: …} (or --set objective.margin=…) instead";

    private LegacyKeys() {}

    /** Refuses an old key that a command line's {@code --set} wrote, which has no file to be read from. */
    static void refuse(ObjectNode root, Violations v) {
        if (root.remove(EBGAN_MARGIN) != null) {
            v.add(EBGAN_MARGIN, MOVED);
        }
    }

    /** A file's tree in today's layout; what cannot be moved is a violation. */
    static void upgrade(ObjectNode root, Violations v) {
        JsonNode margin = root.remove(EBGAN_MARGIN);
        if (margin == null || margin.isNull()) {
            return;
        }
        JsonNode objective = root.get("objective");
        boolean named = objective != null
                && objective.isTextual()
                && objective.textValue().equals(EbganMargin.NAME);
        boolean mapped = objective != null
                && objective.isObject()
                && EbganMargin.NAME.equals(objective.path("name").asText(null));
        if (!margin.isObject() || !(named || mapped)) {
            v.add(EBGAN_MARGIN, MOVED);
            return;
        }
        ObjectNode merged = mapped ? (ObjectNode) objective : root.objectNode().put("name", EbganMargin.NAME);
        for (Iterator<Map.Entry<String, JsonNode>> it = margin.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            merged.set(e.getKey(), e.getValue());
        }
        root.set("objective", merged);
    }
}
