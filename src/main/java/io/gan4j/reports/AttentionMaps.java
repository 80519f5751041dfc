package io.gan4j.reports;

import io.gan4j.networks.SelfAttention;
import io.gan4j.torch.Tensors;
import io.gan4j.training.Gan;
import java.nio.file.Path;
import org.bytedeco.pytorch.Tensor;

/**
 * SAGAN's picture of its generator's attention (Zhang et al. 2019, Figure 1): for fixed codes, each
 * generated image, then for each of three query positions (the feature map's centre, and a quarter
 * of the way in from the top-left and from the bottom-right corners) the same image with the
 * attention row β_j of that query overlaid in red (scaled to its largest weight) and the query's own
 * cell in green. Written to {@code attention.png} before training, at every sample grid and at the
 * end; the generator in evaluation mode, without autograd.
 */
public final class AttentionMaps extends OneFilePicture {

    /** The file's name in the run directory. */
    public static final String FILE = "attention.png";
    /** Images shown, one row each. */
    public static final int IMAGES = 4;
    /** How to read the picture, for the report. */
    public static final String CAPTION =
            "Each row: a generated image (fixed codes), then the same image with the attention weights "
                    + "β of one query position overlaid in red (scaled to the row's largest weight) and the query's "
                    + "feature-map cell in "
                    + "green: the regions the generator draws on when it synthesises that position. Queries: the "
                    + "feature map's centre, "
                    + "a quarter in from the top-left, a quarter in from the bottom-right. Drawn at the last sample "
                    + "grid.";

    private final Tensor codes;

    /** @param codes the latent codes of the images shown, shape ({@value #IMAGES}, latentDim) */
    public AttentionMaps(Path dir, int every, Tensor codes) {
        super(every, dir.resolve(FILE));
        this.codes = codes;
    }

    /** The query positions (row, column) on a feature map of side s. */
    static int[][] queries(int s) {
        return new int[][] {{s / 2, s / 2}, {s / 4, s / 4}, {(3 * s) / 4, (3 * s) / 4}};
    }

    @Override
    void draw(Gan gan) {
        SelfAttention attention = gan.sampler().selfAttention();
        attention.recordNext();
        Tensor images = gan.generateFrom(codes);
        float[] beta = attention.recorded();
        int side = (int) attention.recordedSide();
        long[] shape = images.shape();
        float[] pixels = Tensors.toFloats(images);
        int n = (int) shape[0];
        int h = (int) shape[2];
        int w = (int) shape[3];
        ImageGridPng.write(
                file(), overlay(pixels, n, (int) shape[1], h, w, beta, side), 3, h, w, n, 1 + queries(side).length);
    }

    /**
     * The picture's pixels, RGB in [−1, 1], rows = images, columns = the image and one overlay per
     * query: n·(1 + queries) cells of 3×h×w.
     */
    static float[] overlay(float[] pixels, int n, int channels, int h, int w, float[] beta, int side) {
        int[][] queries = queries(side);
        int cols = 1 + queries.length;
        int positions = side * side;
        int plane = h * w;
        float[] out = new float[n * cols * 3 * plane];
        for (int i = 0; i < n; i++) {
            float[] grey = new float[plane];
            for (int p = 0; p < plane; p++) {
                float sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += pixels[(i * channels + c) * plane + p];
                }
                grey[p] = sum / channels;
            }
            int cell = i * cols;
            for (int c = 0; c < 3; c++) {
                for (int p = 0; p < plane; p++) {
                    out[(cell * 3 + c) * plane + p] = pixels[(i * channels + Math.min(c, channels - 1)) * plane + p];
                }
            }
            for (int q = 0; q < queries.length; q++) {
                int query = queries[q][0] * side + queries[q][1];
                int row = (i * positions + query) * positions;
                float max = 0;
                for (int k = 0; k < positions; k++) {
                    max = Math.max(max, beta[row + k]);
                }
                int base = (cell + 1 + q) * 3 * plane;
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        int fy = y * side / h;
                        int fx = x * side / w;
                        double a = max > 0 ? beta[row + fy * side + fx] / max : 0;
                        double g = 0.6 * (grey[y * w + x] + 1) / 2;
                        double r = g + a * (1 - g);
                        double gb = g * (1 - a);
                        double green = gb;
                        if (fy == queries[q][0] && fx == queries[q][1]) {
                            r = 0;
                            green = 1;
                            gb = 0;
                        }
                        out[base + y * w + x] = (float) (2 * r - 1);
                        out[base + plane + y * w + x] = (float) (2 * green - 1);
                        out[base + 2 * plane + y * w + x] = (float) (2 * gb - 1);
                    }
                }
            }
        }
        return out;
    }
}
