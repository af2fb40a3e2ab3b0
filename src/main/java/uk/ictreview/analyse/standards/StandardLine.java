package uk.ictreview.analyse.standards;

import java.util.Objects;

/**
 * One line of the standards judged: a stable {@code id} (figures.json, the CSV, the trust's counts), its area,
 * what it checks, the judgement, the evidence in one sentence, the rule that set the judgement (with the
 * standard's numbers), and what to do next (null when met).
 */
public record StandardLine(
        String id, Area area, String check, Judgement status, String evidence, String rule, String nextStep) {
    public StandardLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
        if ((status == Judgement.MET) != (nextStep == null)) {
            throw new IllegalArgumentException(id + ": a next step is given exactly when the line is not met");
        }
    }

    static StandardLine of(
            String id, Area area, String check, Judgement status, String evidence, String rule, String next) {
        return new StandardLine(id, area, check, status, evidence, rule, status == Judgement.MET ? null : next);
    }
}
