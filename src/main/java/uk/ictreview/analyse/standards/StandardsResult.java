package uk.ictreview.analyse.standards;

import java.util.List;
import java.util.Objects;

/**
 * The standards judged: the lines in the section's order (areas as {@link Area} lists them), the devices past or
 * near their Support ends, and the overall status. Built by {@link StandardsAnalysis}.
 */
public record StandardsResult(List<StandardLine> lines, List<SupportEnding> supportEndings, Overall overall) {
    public StandardsResult {
        lines = List.copyOf(lines);
        supportEndings = List.copyOf(supportEndings);
        Objects.requireNonNull(overall, "overall");
    }

    public List<StandardLine> lines(Area area) {
        return lines.stream().filter(l -> l.area() == area).toList();
    }

    /**
     * One area as a whole: not met when any line is; met when all are; not known when all are; else partly met.
     * The trust's counts of schools meeting each core standard use it.
     */
    public Judgement status(Area area) {
        List<Judgement> js = lines(area).stream().map(StandardLine::status).toList();
        if (js.isEmpty()) {
            return Judgement.NOT_KNOWN;
        }
        if (js.contains(Judgement.NOT_MET)) {
            return Judgement.NOT_MET;
        }
        if (js.stream().allMatch(j -> j == Judgement.MET)) {
            return Judgement.MET;
        }
        return js.stream().allMatch(j -> j == Judgement.NOT_KNOWN) ? Judgement.NOT_KNOWN : Judgement.PARTLY_MET;
    }

    public long count(Judgement j) {
        return lines.stream().filter(l -> l.status() == j).count();
    }

    public long pastSupport() {
        return supportEndings.stream().filter(SupportEnding::past).count();
    }

    public long nearSupport() {
        return supportEndings.size() - pastSupport();
    }
}
