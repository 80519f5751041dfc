package io.gan4j.metrics.toy;

/** Input checks shared by the toy metrics: point sets are non-empty arrays of equal-length rows. */
final class PointSets {

    private PointSets() {}

    /** Checks {@code points} is non-empty with rows of one positive length; returns that length. */
    static int dimension(String name, double[][] points) {
        if (points == null || points.length == 0) {
            throw new IllegalArgumentException(
                    name + " must contain at least one point, found " + (points == null ? "null" : "none"));
        }
        if (points[0] == null || points[0].length == 0) {
            throw new IllegalArgumentException(name + "[0] must have at least one coordinate, " + "found "
                    + (points[0] == null ? "null" : "none"));
        }
        requireDimension(name, points, points[0].length);
        return points[0].length;
    }

    /** Checks {@code points} is non-empty and every row has {@code dim} coordinates. */
    static void requireDimension(String name, double[][] points, int dim) {
        if (points == null || points.length == 0) {
            throw new IllegalArgumentException(
                    name + " must contain at least one point, found " + (points == null ? "null" : "none"));
        }
        for (int i = 0; i < points.length; i++) {
            int length = points[i] == null ? -1 : points[i].length;
            if (length != dim) {
                throw new IllegalArgumentException(name + "[" + i + "] must have " + dim + " coordinates, found "
                        + (length < 0 ? "null" : String.valueOf(length)));
            }
        }
    }

    static boolean allFinite(double[][] points) {
        for (double[] p : points) {
            for (double x : p) {
                if (!Double.isFinite(x)) {
                    return false;
                }
            }
        }
        return true;
    }
}
