package uk.ictreview.analyse.standards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.ictreview.model.SchoolFacts;
import uk.ictreview.model.SchoolPhase;

/**
 * The lines judged from the facts only the school knows (pack.md, SPEC 9). A fact not given is not known, never
 * met. A date counts as recent when it is no more than 12 months before the period end (a date after the period
 * end counts too: pack.md is written when the pack is built).
 */
final class FactChecks {
    static final BigDecimal PRIMARY_DOWN = BigDecimal.valueOf(100);
    static final BigDecimal PRIMARY_UP = BigDecimal.valueOf(30);
    static final BigDecimal SECONDARY_BOTH = BigDecimal.valueOf(1000);

    private final SchoolFacts f;
    private final LocalDate end;

    FactChecks(SchoolFacts facts, LocalDate periodEnd) {
        this.f = facts;
        this.end = periodEnd;
    }

    StandardLine roles() {
        String rule = "Met: pack.md names both the SLT digital lead and the governor who oversees digital"
                + " technology. Partly met: one of them. Not known: neither.";
        String next = "Name an SLT member responsible for digital technology and a governor or trustee to oversee"
                + " it, and write them in pack.md (digital-lead, link-governor).";
        List<String> named = new ArrayList<>();
        if (f.digitalLead() != null) {
            named.add("SLT digital lead: " + f.digitalLead());
        }
        if (f.linkGovernor() != null) {
            named.add("link governor: " + f.linkGovernor());
        }
        Judgement j = named.size() == 2 ? Judgement.MET : named.isEmpty() ? Judgement.NOT_KNOWN : Judgement.PARTLY_MET;
        String evidence = named.isEmpty()
                ? "pack.md names neither an SLT digital lead nor a link governor."
                : capital(String.join("; ", named)) + (named.size() == 1 ? "; the other is not named." : ".");
        return StandardLine.of(
                "leadership-roles",
                Area.LEADERSHIP,
                "An SLT digital lead and a link governor",
                j,
                evidence,
                rule,
                next);
    }

    StandardLine strategy() {
        return recent(
                "leadership-strategy",
                Area.LEADERSHIP,
                "Digital technology strategy reviewed every year",
                "The digital technology strategy was last reviewed",
                f.strategyReviewed(),
                "strategy-reviewed",
                "Review the digital technology strategy with the SLT digital lead and IT support (at least every 12"
                        + " months) and give the date in pack.md (strategy-reviewed).");
    }

    StandardLine filtering() {
        return recent(
                "filtering-monitoring-review",
                Area.FILTERING,
                "Filtering and monitoring reviewed at least once a year",
                "Filtering and monitoring were last reviewed",
                f.filteringReviewed(),
                "filtering-reviewed",
                "Review filtering and monitoring with the designated safeguarding lead and IT support (at least every"
                        + " 12 months) and give the date in pack.md (filtering-reviewed).");
    }

    StandardLine training() {
        return recent(
                "cyber-staff-training",
                Area.CYBER_SECURITY,
                "All staff trained in basic cyber security every year",
                "All staff last took basic cyber-security training",
                f.cyberTraining(),
                "cyber-training",
                "Give every member of staff with network access basic cyber-security training (at least every 12"
                        + " months, and at least one governor) and give the date in pack.md (cyber-training).");
    }

    private StandardLine recent(
            String id, Area area, String check, String what, LocalDate date, String key, String next) {
        String rule = "Met: " + key + " in pack.md no more than 12 months before the period end (on or after "
                + Words.day(end.minusMonths(12)) + "). Not met: earlier. Not known: not given.";
        if (date == null) {
            return StandardLine.of(
                    id, area, check, Judgement.NOT_KNOWN, "pack.md does not give " + key + ".", rule, next);
        }
        boolean ok = !date.isBefore(end.minusMonths(12));
        String evidence = what + " on " + Words.day(date) + (ok ? ", within" : ", more than") + " 12 months before "
                + Words.day(end) + ".";
        return StandardLine.of(id, area, check, ok ? Judgement.MET : Judgement.NOT_MET, evidence, rule, next);
    }

    StandardLine continuity() {
        String rule = "Met: continuity-plan: yes in pack.md. Not met: no. Not known: not given.";
        String next = "Add digital technology (systems, data, suppliers, and how to work without them) to the"
                + " disaster recovery and business continuity plans, then set continuity-plan: yes in pack.md.";
        Boolean yes = f.continuityPlan();
        Judgement j = yes == null ? Judgement.NOT_KNOWN : yes ? Judgement.MET : Judgement.NOT_MET;
        String evidence = yes == null
                ? "pack.md does not say whether digital technology is in the continuity plans (continuity-plan)."
                : yes
                        ? "Digital technology is in the disaster recovery and business continuity plans."
                        : "Digital technology is not yet in the disaster recovery and business continuity plans.";
        return StandardLine.of(
                "leadership-continuity",
                Area.LEADERSHIP,
                "Digital technology in the disaster recovery and business continuity plans",
                j,
                evidence,
                rule,
                next);
    }

    StandardLine backups() {
        String rule = "Met: backups-3-2-1: yes and backup-offline: yes. Partly met: 3-2-1 backups without an"
                + " offline copy (or not said). Not met: backups-3-2-1: no. Not known: backups-3-2-1 not given.";
        String next = "Keep at least 3 copies of important data, on 2 kinds of media, 1 of them off site and 1"
                + " offline or unchangeable, and test restoring from them each term.";
        Boolean three = f.backups321();
        Boolean offline = f.backupOffline();
        Judgement j;
        String evidence;
        if (three == null) {
            j = Judgement.NOT_KNOWN;
            evidence = "pack.md does not say whether backups keep 3 copies on 2 kinds of media, 1 off site.";
        } else if (!three) {
            j = Judgement.NOT_MET;
            evidence = "Backups do not keep 3 copies on 2 kinds of media with 1 off site.";
        } else if (Boolean.TRUE.equals(offline)) {
            j = Judgement.MET;
            evidence = "Backups keep 3 copies on 2 kinds of media, 1 off site, and 1 copy offline.";
        } else {
            j = Judgement.PARTLY_MET;
            evidence = "Backups keep 3 copies on 2 kinds of media, 1 off site; "
                    + (offline == null ? "an offline copy is not said (backup-offline)." : "no copy is offline.");
        }
        return StandardLine.of(
                "cyber-backups",
                Area.CYBER_SECURITY,
                "Backups: 3 copies, 2 kinds of media, 1 off site, 1 offline",
                j,
                evidence,
                rule,
                next);
    }

    StandardLine broadband() {
        String rule = "Met: at least " + Words.mbps(PRIMARY_DOWN) + " down and " + Words.mbps(PRIMARY_UP) + " up for"
                + " a primary school, 1 Gbps (" + Words.mbps(SECONDARY_BOTH) + ") down and up for a secondary or"
                + " all-through school, and a backup connection. Partly met: the speed without a backup connection"
                + " (or backup not said). Not met: slower. Not known: phase or a speed not given in pack.md.";
        String check = "Full-fibre speed for the phase, and a backup connection";
        if (f.phase() == null || f.broadbandDownMbps() == null || f.broadbandUpMbps() == null) {
            return StandardLine.of(
                    "broadband-speed",
                    Area.BROADBAND,
                    check,
                    Judgement.NOT_KNOWN,
                    "pack.md does not give " + Words.list(missingBroadband()) + ".",
                    rule,
                    "Write the school's phase and its broadband speeds (from the contract or a speed test) in pack.md.");
        }
        boolean primary = f.phase() == SchoolPhase.PRIMARY;
        BigDecimal down = primary ? PRIMARY_DOWN : SECONDARY_BOTH;
        BigDecimal up = primary ? PRIMARY_UP : SECONDARY_BOTH;
        boolean fast = f.broadbandDownMbps().compareTo(down) >= 0
                && f.broadbandUpMbps().compareTo(up) >= 0;
        String speeds = Words.mbps(f.broadbandDownMbps()) + " down and " + Words.mbps(f.broadbandUpMbps())
                + " up, against " + Words.mbps(down) + " and " + Words.mbps(up) + " for a "
                + f.phase().key()
                + " school";
        String backup = f.broadbandBackup() == null
                ? "a backup connection is not said"
                : f.broadbandBackup() ? "with a backup connection" : "no backup connection";
        Judgement j = !fast
                ? Judgement.NOT_MET
                : Boolean.TRUE.equals(f.broadbandBackup()) ? Judgement.MET : Judgement.PARTLY_MET;
        String next = fast
                ? "Add a backup internet connection (a second line from another route or supplier)."
                : "Ask the broadband supplier for a full-fibre connection of at least " + Words.mbps(down)
                        + " down and " + Words.mbps(up) + " up at the end of the current contract.";
        return StandardLine.of(
                "broadband-speed", Area.BROADBAND, check, j, capital(speeds) + "; " + backup + ".", rule, next);
    }

    private List<String> missingBroadband() {
        List<String> missing = new ArrayList<>();
        if (f.phase() == null) {
            missing.add("phase");
        }
        if (f.broadbandDownMbps() == null) {
            missing.add("broadband-down-mbps");
        }
        if (f.broadbandUpMbps() == null) {
            missing.add("broadband-up-mbps");
        }
        return missing;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
