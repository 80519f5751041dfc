/**
 * Data-parallel training across processes and machines on PyTorch's own distributed engine, c10d:
 * a {@code TCPStore} rendezvous, a Gloo (CPU) or NCCL (GPU) process group, rank 0's weights
 * broadcast at the start, each step's gradients averaged by one all-reduce per bucket, and each
 * rank's disjoint shard of every global batch ({@link io.gan4j.distributed.Shard}).
 * {@link io.gan4j.distributed.Launcher} starts and watches the worker processes of one machine, as
 * {@code torchrun} does. Training sees none of it but {@link io.gan4j.distributed.Worker}, the
 * {@code Parallelism} a worker hands its {@code TrainingRun}, and the {@code Replicas} it joins
 * ({@link io.gan4j.distributed.DataParallel}).
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.distributed;
