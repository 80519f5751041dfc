package io.gan4j.distributed;

import io.gan4j.training.Parallelism;
import io.gan4j.training.Replicas;

/**
 * One worker process of a data-parallel run: rank 0 writes the run directory, each uses the device
 * of its local rank, and joining the world's process group gives its {@link DataParallel}.
 *
 * @param world where this worker stands
 */
public record Worker(World world) implements Parallelism {

    @Override
    public boolean writes() {
        return world.rank() == 0;
    }

    @Override
    public int localDevice() {
        return world.localRank();
    }

    @Override
    public Replicas join() {
        return new DataParallel(Collective.join(world));
    }
}
