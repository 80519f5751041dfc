/**
 * The adversarial objectives: each a small class with the discriminator's and the generator's
 * loss, written from raw scores (logits or critic values) in numerically stable form.
 *
 * <p>Sign convention throughout: both players <em>minimise</em> the loss a method returns, and the
 * discriminator scores real data <em>higher</em> than generated data. With σ the logistic
 * function, log σ(l) = −softplus(−l) and log(1 − σ(l)) = −softplus(l); no class ever takes
 * {@code log(sigmoid(…))}. The one exception to "real scored higher" is
 * {@link io.gan4j.objectives.EbganMargin}, whose scores are energies (reconstruction errors), low on
 * real data; it says so through {@link io.gan4j.objectives.Objective#scoresAreEnergies()}.
 *
 * <p>To add an objective: one class implementing {@link io.gan4j.objectives.Objective}, one line in
 * {@link io.gan4j.objectives.Objectives}, and its closed-form test.
 *
 * <p><b>Internal</b> except what {@link io.gan4j.api} exposes from it: {@link io.gan4j.objectives.Objective},
 * which a user's jar implements to add an objective. The rest is gan4j's own and may change.
 */
package io.gan4j.objectives;
