package io.gan4j.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Contour lines of a {@link FieldGrid} by marching squares (Lorensen and Cline's marching cubes
 * in two dimensions): in each grid cell, the level crosses the edges whose corner values straddle
 * it, at the linearly interpolated point, and the crossings are joined into segments. A saddle
 * cell (four crossings) is resolved by the value at the cell's centre.
 */
public final class ContourLines {

    /** A segment from (x1, y1) to (x2, y2) in data coordinates. */
    public record Segment(double x1, double y1, double x2, double y2) {}

    private ContourLines() {}

    /** The segments of the contour at {@code level}. */
    public static List<Segment> at(FieldGrid field, double level) {
        List<Segment> segments = new ArrayList<>();
        double[][] v = field.values();
        for (int iy = 0; iy + 1 < field.ny(); iy++) {
            for (int ix = 0; ix + 1 < field.nx(); ix++) {
                cell(field, v, ix, iy, level, segments);
            }
        }
        return segments;
    }

    private static void cell(FieldGrid f, double[][] v, int ix, int iy, double level, List<Segment> out) {
        double a = v[iy][ix];
        double b = v[iy][ix + 1];
        double c = v[iy + 1][ix + 1];
        double d = v[iy + 1][ix];
        double x0 = f.x(ix);
        double x1 = f.x(ix + 1);
        double y0 = f.y(iy);
        double y1 = f.y(iy + 1);
        List<double[]> crossings = new ArrayList<>(4);
        edge(a, b, level, x0, y0, x1, y0, crossings);
        edge(b, c, level, x1, y0, x1, y1, crossings);
        edge(c, d, level, x1, y1, x0, y1, crossings);
        edge(d, a, level, x0, y1, x0, y0, crossings);
        if (crossings.size() == 2) {
            out.add(segment(crossings.get(0), crossings.get(1)));
        } else if (crossings.size() == 4) {
            boolean centreAbove = (a + b + c + d) / 4 >= level;
            boolean aAbove = a >= level;
            if (centreAbove == aAbove) {
                out.add(segment(crossings.get(0), crossings.get(1)));
                out.add(segment(crossings.get(2), crossings.get(3)));
            } else {
                out.add(segment(crossings.get(0), crossings.get(3)));
                out.add(segment(crossings.get(1), crossings.get(2)));
            }
        }
    }

    private static void edge(
            double va, double vb, double level, double xa, double ya, double xb, double yb, List<double[]> out) {
        if ((va >= level) != (vb >= level)) {
            double t = (level - va) / (vb - va);
            out.add(new double[] {xa + t * (xb - xa), ya + t * (yb - ya)});
        }
    }

    private static Segment segment(double[] p, double[] q) {
        return new Segment(p[0], p[1], q[0], q[1]);
    }
}
