package io.gan4j.reports;

import io.gan4j.networks.ImageShape;
import io.gan4j.networks.InfoganLatent;
import io.gan4j.torch.Tensors;
import io.gan4j.training.Gan;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bytedeco.pytorch.Generator;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptions;
import org.bytedeco.pytorch.global.torch;
import org.bytedeco.pytorch.global.torch.ScalarType;

/**
 * InfoGAN image runs: what each code does, as the paper's Figure 2 shows it, in PNGs rewritten
 * whenever a sample grid is drawn (before training, every {@code log.grid_every} steps, at the end):
 * <ul>
 *   <li>{@value #CATEGORICAL}: a row per category of the first categorical code, each column
 *       another fixed draw of z and the other categorical codes, the continuous codes at 0;</li>
 *   <li>{@code traversal-continuous-<j>.png} for each continuous code j (from 1): a row per
 *       category of the first categorical code (one row without one), the columns c_j from
 *       −{@value #RANGE} to {@value #RANGE} in {@value #COLUMNS} steps (beyond the prior's [−1, 1],
 *       as the paper's figure), z and the other categorical codes fixed at one draw, the other
 *       continuous codes at 0.</li>
 * </ul>
 * Samples come from the sampling generator (the EMA when on). The draws come from their own fixed
 * stream, so drawing them never touches training or evaluation.
 */
public final class Traversals extends GridTimePicture {

    /** How to read the pictures, for the report. */
    public static final String CAPTION =
            "Each picture varies one code of G's input and fixes the rest. The categorical traversal "
                    + "has a row per category of the first categorical code and, across, other draws of the noise "
                    + "z; a continuous traversal "
                    + "has a row per category and, across, code c_j from -2 to 2 (the prior covers [-1, 1]) with "
                    + "one z. A code that took a "
                    + "meaning keeps it along a row: the digit along the categorical rows, a style (slant, width) "
                    + "along the continuous "
                    + "columns. Drawn at the last sample grid.";

    /** The categorical traversal's file name. */
    public static final String CATEGORICAL = "traversal-categorical.png";
    /** Columns of every traversal. */
    public static final int COLUMNS = 10;
    /** The continuous traversals run from −RANGE to RANGE. */
    public static final double RANGE = 2.0;

    private final Path dir;
    private final ImageShape shape;
    private final List<Path> files = new ArrayList<>();
    private final List<Tensor> inputs = new ArrayList<>();
    private final int rows;

    /**
     * @param every rewrite every this many generator steps (0: only before training and at the end)
     * @param stream a generator used only here (the draws are made at once); create outside any PointerScope
     */
    public Traversals(Path dir, ImageShape shape, int every, InfoganLatent latent, Generator stream) {
        super(every);
        this.dir = dir;
        this.shape = shape;
        InfoganLatent.Codes base = latent.sampleCodes(COLUMNS, new GeneratorOptional(stream));
        boolean categorical = !latent.categories().isEmpty();
        this.rows = categorical ? latent.categories().get(0) : 1;
        int cells = rows * COLUMNS;
        int[] from = new int[cells];
        int[] category = new int[cells];
        double[] value = new double[cells];
        if (categorical) {
            for (int i = 0; i < cells; i++) {
                from[i] = i % COLUMNS;
                category[i] = i / COLUMNS;
            }
            inputs.add(latent.input(cells(latent, base, from, category, -1, value)));
            files.add(dir.resolve(CATEGORICAL));
        }
        for (int j = 0; j < latent.continuous(); j++) {
            for (int i = 0; i < cells; i++) {
                from[i] = 0;
                category[i] = i / COLUMNS;
                value[i] = -RANGE + 2 * RANGE * (i % COLUMNS) / (COLUMNS - 1);
            }
            inputs.add(latent.input(cells(latent, base, from, category, j, value)));
            files.add(dir.resolve("traversal-continuous-" + (j + 1) + ".png"));
        }
    }

    /**
     * The codes of a grid's cells: cell i takes z and the categorical codes of draw {@code from[i]} of
     * {@code base}, but category {@code firstCategory[i]} for the first categorical code; its
     * continuous codes are 0 but code {@code code} ({@code −1}: none), which is {@code value[i]}.
     */
    public static InfoganLatent.Codes cells(
            InfoganLatent latent, InfoganLatent.Codes base, int[] from, int[] firstCategory, int code, double[] value) {
        int n = from.length;
        int k = latent.categories().size();
        int c = latent.continuous();
        long[] index = new long[n];
        for (int i = 0; i < n; i++) {
            index[i] = from[i];
        }
        Tensor noise = base.noise().index_select(0, Tensor.create(index, n));
        long[] drawn = longs(base.categories());
        long[] categories = new long[n * k];
        float[] continuous = new float[n * c];
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < k; q++) {
                categories[i * k + q] = q == 0 ? firstCategory[i] : drawn[from[i] * k + q];
            }
            if (code >= 0) {
                continuous[i * c + code] = (float) value[i];
            }
        }
        Tensor cat = k == 0
                ? torch.zeros(new long[] {n, 0}, new TensorOptions(ScalarType.Long))
                : Tensor.create(categories, n, k);
        Tensor cont = c == 0
                ? torch.zeros(new long[] {n, 0}, new TensorOptions(ScalarType.Float))
                : Tensor.create(continuous, n, c);
        return new InfoganLatent.Codes(noise, cat, cont);
    }

    private static long[] longs(Tensor t) {
        long[] out = new long[(int) t.numel()];
        if (out.length > 0) {
            LongBuffer b = t.contiguous().createBuffer();
            b.get(out);
        }
        return out;
    }

    /** The PNGs, categorical first, that exist. */
    public List<Path> files() {
        return Collections.unmodifiableList(files.stream().filter(Files::exists).toList());
    }

    @Override
    void draw(Gan gan) {
        for (int i = 0; i < inputs.size(); i++) {
            ImageGridPng.write(
                    files.get(i),
                    Tensors.toFloats(gan.generateFrom(inputs.get(i))),
                    shape.channels(),
                    shape.height(),
                    shape.width(),
                    rows,
                    COLUMNS);
        }
    }
}
