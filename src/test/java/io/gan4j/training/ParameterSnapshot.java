package io.gan4j.training;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorVector;

/** Copies of a module's parameters, to tell which player a step moved. */
final class ParameterSnapshot {

    private final List<Tensor> copies = new ArrayList<>();

    private ParameterSnapshot(Module m) {
        TensorVector ps = m.parameters();
        for (long i = 0; i < ps.size(); i++) {
            copies.add(ps.get(i).detach().clone());
        }
    }

    static ParameterSnapshot of(Module m) {
        return new ParameterSnapshot(m);
    }

    /** Whether every parameter of {@code m} still equals its copy. */
    boolean unchanged(Module m) {
        TensorVector ps = m.parameters();
        for (int i = 0; i < copies.size(); i++) {
            if (!ps.get(i).detach().equal(copies.get(i))) {
                return false;
            }
        }
        return true;
    }
}
