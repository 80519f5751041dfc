package io.gan4j.reports;

/** Plot windows around point sets. */
final class PlotBounds {

    private PlotBounds() {}

    /** {xMin, xMax, yMin, yMax} around the finite points of both sets, with a 10% margin. */
    static double[] around(double[][] a, double[][] b) {
        double[] box = {
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
        };
        for (double[][] set : new double[][][] {a, b}) {
            if (set == null) {
                continue;
            }
            for (double[] p : set) {
                if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
                    box[0] = Math.min(box[0], p[0]);
                    box[1] = Math.max(box[1], p[0]);
                    box[2] = Math.min(box[2], p[1]);
                    box[3] = Math.max(box[3], p[1]);
                }
            }
        }
        if (!Double.isFinite(box[0])) {
            return new double[] {-1, 1, -1, 1};
        }
        double mx = Math.max(0.1 * (box[1] - box[0]), 1e-6);
        double my = Math.max(0.1 * (box[3] - box[2]), 1e-6);
        return new double[] {box[0] - mx, box[1] + mx, box[2] - my, box[3] + my};
    }
}
