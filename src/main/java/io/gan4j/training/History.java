package io.gan4j.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Keeps every logged step in memory, for the summary and the report's curves. */
public final class History implements TrainingListener {

    private final List<StepLog> logs = new ArrayList<>();

    /** Starts from the steps a resumed run logged before its checkpoint. */
    public void preload(List<StepLog> earlier) {
        logs.addAll(earlier);
    }

    @Override
    public void afterStep(Gan gan, int step, StepLog log) {
        if (log != null) {
            logs.add(log);
        }
    }

    public List<StepLog> logs() {
        return Collections.unmodifiableList(logs);
    }

    /** The last logged step, or {@code null} before any. */
    public StepLog last() {
        return logs.isEmpty() ? null : logs.get(logs.size() - 1);
    }

    /** The series of {@code key} over logged steps: {steps[], values[]}, skipping steps without it. */
    public double[][] series(String key) {
        List<double[]> points = new ArrayList<>();
        for (StepLog l : logs) {
            if (l.has(key)) {
                points.add(new double[] {l.step(), l.get(key)});
            }
        }
        double[][] out = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            out[0][i] = points.get(i)[0];
            out[1][i] = points.get(i)[1];
        }
        return out;
    }
}
