package io.gan4j.reports;

import java.awt.Color;

/**
 * A diverging colour map: blue below the centre, white at it, red above, saturating at
 * centre ± halfRange (the colours of ColorBrewer's RdBu, end points #2166AC and #B2182B).
 */
public final class DivergingColourMap {

    private static final Color LOW = new Color(0x21, 0x66, 0xAC);
    private static final Color MID = Color.WHITE;
    private static final Color HIGH = new Color(0xB2, 0x18, 0x2B);

    private final double centre;
    private final double halfRange;

    public DivergingColourMap(double centre, double halfRange) {
        if (!(halfRange > 0)) {
            throw new IllegalArgumentException("halfRange must be positive, found " + halfRange);
        }
        this.centre = centre;
        this.halfRange = halfRange;
    }

    /** The colour of {@code value}. */
    public Color colour(double value) {
        double t = Math.max(-1, Math.min(1, (value - centre) / halfRange));
        return t < 0 ? mix(MID, LOW, -t) : mix(MID, HIGH, t);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
