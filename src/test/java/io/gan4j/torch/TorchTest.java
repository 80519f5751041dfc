package io.gan4j.torch;

import org.bytedeco.javacpp.PointerScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Base of tests that use libtorch: natives loaded once, every test inside its own {@code PointerScope}. */
public abstract class TorchTest {

    private PointerScope scope;

    @BeforeAll
    static void loadNatives() {
        Torch.init(ThreadSettings.defaults());
    }

    @BeforeEach
    void openScope() {
        scope = new PointerScope();
    }

    @AfterEach
    void closeScope() {
        scope.close();
    }

    /** A 1-D float tensor. */
    protected static org.bytedeco.pytorch.Tensor vector(float... values) {
        return org.bytedeco.pytorch.Tensor.create(values, values.length);
    }

    /** A scalar tensor's value. */
    protected static double value(org.bytedeco.pytorch.Tensor t) {
        return t.item_double();
    }
}
