package io.gan4j.training;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code summary.json} holds after a training diverged: the run, the step, the player and term whose value
 * was not finite (and the tensor, where one is named), the patience that ran out, and the last good checkpoint to
 * resume from.
 *
 * @param lastGoodCheckpoint relative to the run directory; written as {@code null} when none was kept
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DivergedSummary(
        String name,
        String dataset,
        String objective,
        String stopped,
        int divergedAt,
        String player,
        String term,
        String tensor,
        String value,
        int nanPatience,
        Integer resumedFrom,
        @JsonInclude(JsonInclude.Include.ALWAYS) String lastGoodCheckpoint) {}
