/**
 * gan4j from Java: the small API a program uses to train, sample and evaluate GANs; every other package is
 * gan4j's own and may change.
 *
 * <ul>
 *   <li>{@link io.gan4j.api.Training}: a run from a preset, a YAML file or a config built in code, validated exactly
 *       as the command line validates YAML (every problem in one {@link io.gan4j.config.ConfigException}), trained
 *       into a run directory while a {@link io.gan4j.api.TrainingObserver} watches and may stop it;</li>
 *   <li>{@link io.gan4j.api.TrainedGenerator}: a trained generator loaded from a run directory, a checkpoint or an
 *       exported {@code .safetensors} file, sampled to {@code float[]}, {@link java.awt.image.BufferedImage}s or a
 *       PNG grid, by seed and, for a class-conditional run, by class, and evaluated against the run's held-out data to
 *       a typed {@link io.gan4j.evaluation.EvaluationResult}.</li>
 * </ul>
 *
 * <p>Natives, memory scopes and threads are handled here: the first call loads libtorch (about 2.4 s), native
 * work runs on threads these classes own (so a caller's {@code PointerScope} does not reach it), and every method
 * may be called from any thread. A mistake of the caller's — a bad config, a file that is not a run, a class the
 * run does not have — is a {@link io.gan4j.UserFault} whose message names the thing and the value; any other
 * exception is a bug.
 */
package io.gan4j.api;
