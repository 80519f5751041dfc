package io.gan4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gan4j.distributed.World;
import io.gan4j.training.RunDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A fault of the user's making is a UserFault from the library itself, not an IllegalArgumentException "
        + "the command line has to guess about")
class UserFaultsTest {

    @Test
    @DisplayName("an output directory that is not empty is refused, naming it (exit 2)")
    void notEmpty(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x"), "x");
        Refused r = catchThrowableOfType(Refused.class, () -> RunDirectory.create(dir, "r"));
        assertThat(r).hasMessage("output directory " + dir + " is not empty; choose another --out");
        assertThat(r.exitCode()).isEqualTo(2);
    }

    @Test
    @DisplayName("a worker's environment with a missing variable, a rank outside the world or an unknown backend")
    void workerEnvironment() {
        Map<String, String> env = new HashMap<>(Map.of(
                World.RANK, "0",
                World.WORLD_SIZE, "2",
                World.LOCAL_RANK, "0",
                World.MASTER_ADDR, "localhost",
                World.MASTER_PORT, "29500",
                World.TIMEOUT, "60"));
        assertThat(World.fromEnvironment(env).size()).isEqualTo(2);
        env.put(World.BACKEND, "mpi");
        assertThat(catchThrowableOfType(Refused.class, () -> World.fromEnvironment(env)))
                .hasMessage("GAN4J_BACKEND must be gloo or nccl, found 'mpi'");
        env.remove(World.BACKEND);
        env.put(World.RANK, "2");
        assertThat(catchThrowableOfType(Refused.class, () -> World.fromEnvironment(env)))
                .hasMessage("GAN4J_RANK 2 is not a rank of a world of GAN4J_WORLD_SIZE 2");
        env.remove(World.MASTER_ADDR);
        env.put(World.RANK, "1");
        assertThat(catchThrowableOfType(Refused.class, () -> World.fromEnvironment(env)))
                .hasMessage("a gan4j worker needs the environment variable GAN4J_MASTER_ADDR (set with GAN4J_RANK)");
    }
}
