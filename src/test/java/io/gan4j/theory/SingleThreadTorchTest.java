package io.gan4j.theory;

import io.gan4j.torch.ThreadSettings;
import io.gan4j.torch.Torch;
import io.gan4j.torch.TorchTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the theory experiments' tests: libtorch on one thread while they run, the defaults
 * restored after. Their networks are tiny (32 units), and on a shared 2-core machine a step of the
 * optimal-discriminator MLP took 5 ms on one thread against 27 ms with OpenBLAS on two.
 */
abstract class SingleThreadTorchTest extends TorchTest {

    @BeforeAll
    static void oneThread() {
        Torch.init(new ThreadSettings(1, 1));
    }

    @AfterAll
    static void restoreThreads() {
        Torch.init(ThreadSettings.defaults());
    }
}
