package uk.ictreview.analyse.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ictreview.analyse.standards.S.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ictreview.analyse.sla.SlaResult;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.Closure;

/**
 * The IT support standard's lines and the asset register line (docs/rules-standards.md). Period 01/06/2026 -
 * 26/06/2026, four open weeks; P3 targets 4 h response, 24 h resolution; goal 90%, partly down to 75%.
 */
class RecordLinesTest {
    static StandardLine it(String id, SlaResult sla) {
        return line(run(allMet(), List.of(), sla), id);
    }

    @Test
    void serviceExpectationsEachStatus() {
        // Own sheet, 4 of 4 met = 100% >= 90: met.
        StandardLine met = it("it-support-expectations", goodSla());
        assertThat(met.status()).isEqualTo(Judgement.MET);
        assertThat(met.evidence())
                .isEqualTo("The school's own Service levels sheet sets the targets; 100.0% of 4 judged calls were"
                        + " resolved within target (goal 90%).");
        // No Service levels sheet, 100%: partly (expectations not agreed by the school).
        StandardLine defaults = it("it-support-expectations", sla(false, met(0), met(1), met(2), met(3)));
        assertThat(defaults.status()).isEqualTo(Judgement.PARTLY_MET);
        assertThat(defaults.evidence()).startsWith("There is no Service levels sheet, so the tool's default targets");
        // Own sheet, 3 of 4 = 75.0% = 90 - 15: partly; 2 of 4 = 50%: not met.
        assertThat(it("it-support-expectations", sla(true, met(0), met(1), met(2), breached(3)))
                        .status())
                .isEqualTo(Judgement.PARTLY_MET);
        assertThat(it("it-support-expectations", sla(true, met(0), met(1), breached(2), breached(3)))
                        .status())
                .isEqualTo(Judgement.NOT_MET);
        // No call judged: not known.
        assertThat(it("it-support-expectations", sla(true)).status()).isEqualTo(Judgement.NOT_KNOWN);
    }

    @Test
    void recordingEachStatus() {
        StandardLine met = it("it-support-recorded", goodSla());
        assertThat(met.status()).isEqualTo(Judgement.MET);
        assertThat(met.evidence())
                .isEqualTo("Calls were logged in all 4 open weeks; 4 of 4 calls (100.0%) have a response recorded.");
        // Week 2 has no call: 1 empty open week of 4 -> partly.
        StandardLine gap = it("it-support-recorded", sla(true, met(0), met(1), met(3)));
        assertThat(gap.status()).isEqualTo(Judgement.PARTLY_MET);
        assertThat(gap.evidence())
                .isEqualTo("No call was logged in 1 of the 4 open weeks; 3 of 3 calls (100.0%) have a response"
                        + " recorded.");
        // A call never answered, past its 4-hour response target: 3 of 4 = 75.0% < 95 -> partly.
        assertThat(it("it-support-recorded", sla(true, met(0), met(1), met(2), unanswered(3)))
                        .status())
                .isEqualTo(Judgement.PARTLY_MET);
        // Calls in 1 week of 4: 3 empty, 3 x 2 > 4 -> not met; no call at all -> not met.
        assertThat(it("it-support-recorded", sla(true, met(0))).status()).isEqualTo(Judgement.NOT_MET);
        assertThat(it("it-support-recorded", sla(true)).status()).isEqualTo(Judgement.NOT_MET);
        // Every day of the period closed: no open week -> not known.
        SlaResult closed = sla(true, List.of(new Closure(PERIOD.from(), PERIOD.to(), "Closed")));
        assertThat(it("it-support-recorded", closed).status()).isEqualTo(Judgement.NOT_KNOWN);
    }

    static StandardLine review(boolean searched, LocalDate previous, boolean commentary) {
        StandardsInput in = new StandardsInput(
                PERIOD, allMet(), commentary, AssetRegister.empty(), goodSla(), GOAL, searched, previous);
        return line(StandardsAnalysis.analyse(in), "it-support-review");
    }

    @Test
    void reviewEachStatus() {
        // Previous pack to 31/03/2026, within 12 months before 01/06/2026, and a commentary: met.
        StandardLine met = review(true, LocalDate.of(2026, 3, 31), true);
        assertThat(met.status()).isEqualTo(Judgement.MET);
        assertThat(met.evidence())
                .isEqualTo("This pack reviews support from 1 June 2026 to 26 June 2026; the previous pack found covers"
                        + " to 31 March 2026.");
        // Exactly 12 months before the period began (01/06/2025) still counts; a day earlier does not.
        assertThat(review(true, LocalDate.of(2025, 6, 1), true).status()).isEqualTo(Judgement.MET);
        assertThat(review(true, LocalDate.of(2025, 5, 31), true).status()).isEqualTo(Judgement.PARTLY_MET);
        // Earlier packs not visible to the build: judged from this pack alone, partly.
        StandardLine alone = review(false, null, true);
        assertThat(alone.status()).isEqualTo(Judgement.PARTLY_MET);
        assertThat(alone.evidence())
                .endsWith("; earlier packs are not visible to this build, so a yearly repeat" + " cannot be shown.");
        assertThat(review(true, null, true).evidence()).endsWith("no earlier pack was found in the output folder.");
        // No commentary: the findings are not reported.
        assertThat(review(true, LocalDate.of(2026, 3, 31), false).evidence())
                .endsWith("; pack.md has no commentary reporting the findings.");
    }

    static StandardLine register(int complete, int blankLocation) {
        List<Dev> devs = new ArrayList<>();
        for (int i = 0; i < complete; i++) {
            devs.add(dev("L" + i, "Laptop", "2024-01-01"));
        }
        for (int i = 0; i < blankLocation; i++) {
            devs.add(dev("X" + i, "Laptop", "2024-01-01").noLocation());
        }
        List<Asset> kit = assets(devs.toArray(new Dev[0]));
        return line(run(allMet(), kit, goodSla()), "leadership-asset-register");
    }

    @Test
    void assetRegisterEachStatus() {
        // 19 of 20 = 95.0%: met; 18 of 20 = 90.0%: partly; 15 of 20 = 75.0%: partly; 14 of 20 = 70.0%: not met.
        StandardLine met = register(19, 1);
        assertThat(met.status()).isEqualTo(Judgement.MET);
        assertThat(met.evidence())
                .isEqualTo("19 of 20 planned devices (95.0%) have Purchased, Cost, Location and Warranty ends filled"
                        + " in; blank: Location on 1.");
        assertThat(register(18, 2).status()).isEqualTo(Judgement.PARTLY_MET);
        assertThat(register(15, 5).status()).isEqualTo(Judgement.PARTLY_MET);
        assertThat(register(14, 6).status()).isEqualTo(Judgement.NOT_MET);
        assertThat(register(0, 0).status()).isEqualTo(Judgement.NOT_KNOWN);
    }
}
