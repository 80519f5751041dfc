package io.gan4j.training;

/**
 * How a run is shared among processes, handed to {@link TrainingRun} from outside: whether this
 * process writes the run directory, its device, and how it connects to the others once the
 * natives are loaded. In one process, {@link #NONE}.
 */
public interface Parallelism {

    /** One process, which writes the run, on device 0, with no one to connect to. */
    Parallelism NONE = new Parallelism() {
        @Override
        public boolean writes() {
            return true;
        }

        @Override
        public int localDevice() {
            return 0;
        }

        @Override
        public Replicas join() {
            return Replicas.ONE;
        }
    };

    /** Whether this process writes the run directory (one process of a run does). */
    boolean writes();

    /** The index of this process's device on its machine (the CUDA device with NCCL). */
    int localDevice();

    /** Connects this process to the others (the natives are loaded): what the run's steps share through. */
    Replicas join();
}
