package io.gan4j.step;

import java.util.ArrayList;
import java.util.List;

/**
 * The terms and constraints of a run's two steps, gathered as its components add theirs: the
 * objective's losses first, then each regulariser's, then InfoGAN's.
 */
public final class StepTerms {

    private final GradientSynchroniser synchroniser;
    private final List<DiscriminatorTerm> discriminator = new ArrayList<>();
    private final List<GeneratorTerm> generator = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();

    /** @param synchroniser the run's, for terms that draw noise for the batch of all workers */
    public StepTerms(GradientSynchroniser synchroniser) {
        this.synchroniser = synchroniser;
    }

    public GradientSynchroniser synchroniser() {
        return synchroniser;
    }

    public StepTerms add(DiscriminatorTerm term) {
        discriminator.add(term);
        return this;
    }

    public StepTerms add(GeneratorTerm term) {
        generator.add(term);
        return this;
    }

    public StepTerms add(Constraint constraint) {
        constraints.add(constraint);
        return this;
    }

    /** D's terms in the order added. */
    public List<DiscriminatorTerm> discriminator() {
        return List.copyOf(discriminator);
    }

    /** G's terms in the order added. */
    public List<GeneratorTerm> generator() {
        return List.copyOf(generator);
    }

    /** D's constraints in the order added. */
    public List<Constraint> constraints() {
        return List.copyOf(constraints);
    }
}
