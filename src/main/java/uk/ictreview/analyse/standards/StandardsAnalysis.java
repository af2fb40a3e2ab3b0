package uk.ictreview.analyse.standards;

import java.util.Comparator;
import java.util.List;
import uk.ictreview.analyse.refresh.PolicyBook;

/** Judges the DfE digital and technology standards (SPEC 9). Pure: the same input gives the same result. */
public final class StandardsAnalysis {
    private StandardsAnalysis() {}

    public static StandardsResult analyse(StandardsInput in) {
        Fleet fleet = new Fleet(in.register(), in.period().to());
        DeviceChecks devices = new DeviceChecks(
                fleet, new PolicyBook(in.register().lifecycle()), in.period().to());
        RecordChecks records = new RecordChecks(in);
        FactChecks facts = new FactChecks(in.facts(), in.period().to());
        List<StandardLine> lines = List.of(
                        facts.broadband(),
                        devices.switching(),
                        devices.wireless(),
                        devices.cyber(),
                        facts.training(),
                        facts.backups(),
                        facts.filtering(),
                        facts.roles(),
                        records.register(fleet),
                        facts.strategy(),
                        facts.continuity(),
                        devices.devices(),
                        devices.servers(),
                        records.expectations(),
                        records.recorded(),
                        records.review())
                .stream()
                .sorted(Comparator.comparing(StandardLine::area))
                .toList();
        return new StandardsResult(lines, fleet.supportEndings(), overall(lines));
    }

    /** The rule of {@link Overall}. */
    static Overall overall(List<StandardLine> lines) {
        if (lines.stream().anyMatch(l -> l.area().core() && l.status() == Judgement.NOT_MET)) {
            return Overall.RED;
        }
        return lines.stream().allMatch(l -> l.status() == Judgement.MET) ? Overall.GREEN : Overall.AMBER;
    }
}
