package io.gan4j.step;

import org.bytedeco.pytorch.Module;

/** A change to the discriminator's parameters after each of its optimiser steps. */
public interface Constraint {

    /** Applies the constraint in place, outside autograd. */
    void apply(Module discriminator);
}
