package uk.ictreview.read;

import static uk.ictreview.read.Workbooks.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ictreview.model.Level;
import uk.ictreview.model.RoleTarget;
import uk.ictreview.model.Skill;
import uk.ictreview.model.SkillNeed;
import uk.ictreview.model.SkillsMatrix;
import uk.ictreview.model.StaffMember;
import uk.ictreview.validate.Diagnostics;

/** Reads skills.xlsx (SPEC 4.3): the Staff sheet, and the optional Targets and Needs sheets. */
public final class SkillsReader {
    static final String LEVELS = "A, B, C, D, blank or -";
    static final String FTE_IS = "a full-time equivalent, a number 0 or more";
    static final String EXPECTED_FTE = FTE_IS + " (e.g. 0.5)";

    private SkillsReader() {}

    public static WorkbookRead<SkillsMatrix> read(SheetSource src, LocalDate today, Diagnostics diags)
            throws UnreadableWorkbookException {
        Set<String> policy = new HashSet<>();
        List<StaffMember> staff = new ArrayList<>();
        List<RoleTarget> targets = new ArrayList<>();
        List<SkillNeed> needs = new ArrayList<>();
        SheetTable.Outcome main =
                SheetTable.read(src, spec(STAFF), diags, SheetTable.into(staff, new Uniques(), SkillsReader::staff));
        warnWithoutSkillColumns(main, src, diags);
        SheetTable.readOptional(
                src, spec(TARGETS), diags, policy, SheetTable.into(targets, new Uniques(), SkillsReader::target));
        SheetTable.readOptional(
                src, spec(NEEDS), diags, policy, SheetTable.into(needs, new Uniques(), SkillsReader::need));
        return new WorkbookRead<>(new SkillsMatrix(staff, targets, needs), main.dataRows(), policy);
    }

    /** A Staff sheet without a single skill column would silently give everyone "none" in every skill. */
    private static void warnWithoutSkillColumns(SheetTable.Outcome main, SheetSource src, Diagnostics diags) {
        if (main.usable()
                && java.util.Arrays.stream(Skill.values())
                        .noneMatch(s -> main.header().has(s.label()))) {
            String sheet = src.findSheet(spec(STAFF)).orElse(STAFF);
            diags.warning(
                    uk.ictreview.validate.Place.row(
                            src.fileOf(sheet), sheet, main.header().row()),
                    "none of the 12 skill columns was found (e.g. '" + Skill.DESKTOP_APPLICATION_SUPPORT.label()
                            + "'); every level is read as none");
        }
    }

    static SheetSpec spec(String sheet) {
        return SKILLS_WORKBOOK.sheet(sheet);
    }

    private static StaffMember staff(DataRow r, Uniques u) {
        String name = r.text(NAME, true);
        Uniques.check(u, r, NAME, name);
        String role = r.text(ROLE, true);
        BigDecimal fte = r.optional(
                FTE,
                c -> {
                    BigDecimal n;
                    try {
                        n = CellValues.number(c);
                    } catch (BadValue e) {
                        // a decimal comma's hint is the example itself: one bracket, not two
                        String hint = CellValues.commaHint(c);
                        throw new BadValue(hint.isEmpty() ? EXPECTED_FTE : FTE_IS + hint);
                    }
                    if (n.signum() < 0) {
                        throw new BadValue(EXPECTED_FTE);
                    }
                    if (n.compareTo(Plausible.FTE_MAX) > 0) {
                        // FTE 100 once printed "102.4 FTE": most likely a percentage or hours a week
                        throw new BadValue("a full-time equivalent for one person, a number from 0 to "
                                + Plausible.FTE_MAX + " (1.0 is full time; "
                                + n.stripTrailingZeros().toPlainString() + " looks like a percentage or"
                                + " hours a week)");
                    }
                    return n;
                },
                "FTE 1.0 is used");
        Map<Skill, Level> levels = levels(r);
        String employer = r.text(EMPLOYER, false);
        return r.failed() ? null : new StaffMember(name, role, fte, employer, levels, r.ref());
    }

    private static RoleTarget target(DataRow r, Uniques u) {
        String role = r.text(ROLE, true);
        Uniques.check(u, r, ROLE, role);
        Map<Skill, Level> levels = levels(r);
        return r.failed() ? null : new RoleTarget(role, levels);
    }

    /** One level per skill column; anything but A-D, blank or - is flagged and read as none. */
    private static Map<Skill, Level> levels(DataRow r) {
        Map<Skill, Level> levels = new EnumMap<>(Skill.class);
        for (Skill s : Skill.values()) {
            RawCell c = r.cell(s.label());
            if (c == null || c.isBlank()) {
                continue;
            }
            Level l = Level.parse(c.display()).orElse(null);
            if (l == null) {
                r.warning(
                        s.label(),
                        DataRow.found(s.label(), c) + " is not a level: expected " + LEVELS + "; treated as none");
            } else {
                levels.put(s, l);
            }
        }
        return levels;
    }

    private static SkillNeed need(DataRow r, Uniques u) {
        Skill skill = IncidentsReader.skill(r, SKILL);
        if (skill != null) {
            Integer before = u.seen(skill.name(), r.number());
            if (before != null) {
                r.error(SKILL, SKILL + " '" + skill.label() + "' is listed again (first at row " + before + ")");
            }
        }
        Level need = null;
        RawCell c = r.cell(NEED);
        if (skill != null && c != null && !c.isBlank()) {
            need = Level.parse(c.display()).filter(l -> l != Level.NONE).orElse(null);
            if (need == null) {
                r.warning(
                        NEED,
                        DataRow.found(NEED, c) + " is not a level: expected A, B, C or D; the default need ("
                                + skill.defaultNeed() + ") applies");
            }
        }
        String coveredBy = r.text(COVERED_BY, false);
        return r.failed() ? null : new SkillNeed(skill, need == null ? skill.defaultNeed() : need, coveredBy);
    }
}
