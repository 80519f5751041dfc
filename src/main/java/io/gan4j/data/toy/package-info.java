/**
 * Two-dimensional toy distributions used to study mode collapse, defined exactly as the papers
 * (and the authors' code) that introduced them.
 *
 * <p>Every distribution is a {@link io.gan4j.data.toy.ToyDistribution}; look one up by the name
 * used on the command line and in configs with {@link io.gan4j.data.toy.ToyDistributions#byName}.
 *
 * <table>
 *   <caption>The registered toy distributions</caption>
 *   <tr><th>name</th><th>class</th><th>modes</th><th>source</th></tr>
 *   <tr><td>{@code ring}</td><td>{@link io.gan4j.data.toy.Ring}</td><td>8</td>
 *       <td>VEEGAN (Srivastava et al., 2017); PacGAN (Lin et al., 2018)</td></tr>
 *   <tr><td>{@code grid}</td><td>{@link io.gan4j.data.toy.Grid}</td><td>25</td>
 *       <td>VEEGAN; PacGAN</td></tr>
 *   <tr><td>{@code 8gaussians}</td><td>{@link io.gan4j.data.toy.EightGaussians}</td><td>8</td>
 *       <td>WGAN-GP (Gulrajani et al., 2017), {@code gan_toy.py}</td></tr>
 *   <tr><td>{@code 25gaussians}</td><td>{@link io.gan4j.data.toy.TwentyFiveGaussians}</td>
 *       <td>25</td><td>WGAN-GP, {@code gan_toy.py}</td></tr>
 *   <tr><td>{@code swissroll}</td><td>{@link io.gan4j.data.toy.SwissRoll}</td><td>none</td>
 *       <td>WGAN-GP, {@code gan_toy.py} (scikit-learn's {@code make_swiss_roll})</td></tr>
 * </table>
 *
 * <p>Sampling draws only from the {@link java.util.random.RandomGenerator} it is given, so a
 * seeded generator reproduces the same points.
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.data.toy;
