package io.gan4j.reports;

/**
 * A scalar field (a discriminator's logit, a critic's score) sampled on a regular grid of nx × ny
 * points spanning [xMin, xMax] × [yMin, yMax], corners included.
 *
 * @param values {@code values[iy][ix]}: row 0 is y = yMin, column 0 is x = xMin
 */
public record FieldGrid(double xMin, double xMax, double yMin, double yMax, double[][] values) {

    public FieldGrid {
        if (!(xMax > xMin) || !(yMax > yMin) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("grid bounds must be finite with max > min, found x [" + xMin + ", "
                    + xMax + "], y [" + yMin + ", " + yMax + "]");
        }
        if (values.length < 2 || values[0].length < 2) {
            throw new IllegalArgumentException("a field grid needs at least 2 × 2 values");
        }
        for (double[] row : values) {
            if (row.length != values[0].length) {
                throw new IllegalArgumentException("field grid rows must have equal lengths");
            }
        }
    }

    public int nx() {
        return values[0].length;
    }

    public int ny() {
        return values.length;
    }

    public double x(int ix) {
        return xMin + (xMax - xMin) * ix / (nx() - 1);
    }

    public double y(int iy) {
        return yMin + (yMax - yMin) * iy / (ny() - 1);
    }

    /**
     * The grid's points as rows (x, y), row-major: point {@code iy * nx + ix} is (x(ix), y(iy)).
     * Evaluate a network on them in one batch and pass the results to {@link #of}.
     */
    public static double[][] points(double xMin, double xMax, double yMin, double yMax, int nx, int ny) {
        double[][] p = new double[nx * ny][];
        for (int iy = 0; iy < ny; iy++) {
            for (int ix = 0; ix < nx; ix++) {
                p[iy * nx + ix] =
                        new double[] {xMin + (xMax - xMin) * ix / (nx - 1), yMin + (yMax - yMin) * iy / (ny - 1)};
            }
        }
        return p;
    }

    /** The grid from values in the order of {@link #points}. */
    public static FieldGrid of(double xMin, double xMax, double yMin, double yMax, int nx, int ny, double[] flat) {
        if (flat.length != nx * ny) {
            throw new IllegalArgumentException("expected " + nx * ny + " values, found " + flat.length);
        }
        double[][] v = new double[ny][nx];
        for (int iy = 0; iy < ny; iy++) {
            System.arraycopy(flat, iy * nx, v[iy], 0, nx);
        }
        return new FieldGrid(xMin, xMax, yMin, yMax, v);
    }
}
