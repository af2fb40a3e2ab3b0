package uk.ictreview.read;

import static uk.ictreview.read.Workbooks.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.ictreview.model.Asset;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.AssetStatus;
import uk.ictreview.model.BudgetLine;
import uk.ictreview.model.LifecyclePolicy;
import uk.ictreview.validate.Diagnostics;

/**
 * Reads assets.xlsx (SPEC 4.2). The Lifecycle sheet is read first, so that an asset whose type it does not list
 * (or, without the sheet, that the defaults do not list) can be flagged on its own row.
 */
public final class AssetsReader {
    private final LocalDate today;
    private final Set<String> knownTypes;
    private final boolean ownPolicy;
    private final Uniques tags = new Uniques();

    private AssetsReader(LocalDate today, List<LifecyclePolicy> lifecycle) {
        this.today = today;
        this.ownPolicy = !lifecycle.isEmpty();
        List<LifecyclePolicy> policy = ownPolicy ? lifecycle : LifecyclePolicy.defaults();
        this.knownTypes = policy.stream().map(p -> typeKey(p.type())).collect(Collectors.toSet());
    }

    public static WorkbookRead<AssetRegister> read(SheetSource src, LocalDate today, Diagnostics diags)
            throws UnreadableWorkbookException {
        Set<String> policy = new HashSet<>();
        List<LifecyclePolicy> lifecycle = new ArrayList<>();
        List<BudgetLine> budget = new ArrayList<>();
        SheetTable.readOptional(
                src,
                spec(LIFECYCLE),
                diags,
                policy,
                SheetTable.into(lifecycle, new Uniques(), AssetsReader::lifecycle));
        AssetsReader r = new AssetsReader(today, lifecycle);
        List<Asset> assets = new ArrayList<>();
        SheetTable.Outcome main =
                SheetTable.read(src, spec(ASSETS), diags, SheetTable.into(assets, r.tags, (row, u) -> r.asset(row)));
        SheetTable.readOptional(
                src, spec(BUDGET), diags, policy, SheetTable.into(budget, new Uniques(), AssetsReader::budget));
        return new WorkbookRead<>(new AssetRegister(assets, lifecycle, budget), main.dataRows(), policy, r.tags.keys());
    }

    static SheetSpec spec(String sheet) {
        return ASSETS_WORKBOOK.sheet(sheet);
    }

    /** Types match ignoring case and spacing: "network switch" is "Network Switch". */
    static String typeKey(String type) {
        return type.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }

    private Asset asset(DataRow r) {
        String tag = r.text(TAG, true);
        Uniques.check(tags, r, TAG, tag);
        String type = r.text(TYPE, true);
        if (type != null && !knownTypes.contains(typeKey(type))) {
            r.warning(
                    TYPE,
                    TYPE + " '" + type + "' is not "
                            + (ownPolicy
                                    ? "in the Lifecycle sheet"
                                    : "one of the default asset types (" + defaultTypes() + ")")
                            + (readsAsMoney(r, REPLACEMENT_COST) || readsAsMoney(r, COST)
                                    ? "; its own replacement cost or cost and a 5-year life are used for it"
                                    : "; it has no " + REPLACEMENT_COST + " or " + COST
                                            + " either, so it is not planned for replacement"));
        }
        LocalDate purchased = r.optionalDate(
                PURCHASED,
                "its replacement is not planned unless " + REPLACE_BY + " or " + SUPPORT_ENDS + " gives a date");
        Checks.notFuture(r, PURCHASED, purchased, today);
        Plausible.purchasedSince1980(r, PURCHASED, purchased);
        BigDecimal cost = r.optional(COST, DEVICE_COST, "no cost is recorded");
        LocalDate warranty =
                day(r.optional(WARRANTY_ENDS, Plausible.assetDate(r.date1904(), null), "no warranty end is recorded"));
        AssetStatus status = status(r);
        LocalDate replaceBy = day(r.optional(
                REPLACE_BY,
                Plausible.assetDate(r.date1904(), today),
                "its due date comes from " + PURCHASED + " and its lifetime"));
        BigDecimal replacementCost = r.optional(
                REPLACEMENT_COST, DEVICE_COST, "the Lifecycle cost for its type (or its " + COST + ") is used");
        LocalDate supportEnds = day(r.optional(
                SUPPORT_ENDS,
                Plausible.assetDate(r.date1904(), today),
                "its due date comes from " + PURCHASED + " and its lifetime alone"));
        if (r.failed()) {
            return null;
        }
        replaceByAfterSupport(r, tag, status, replaceBy, supportEnds);
        notPlannedWithoutDate(r, tag, status, purchased, replaceBy, supportEnds);
        return new Asset(
                tag,
                type,
                r.text(MAKE, false),
                r.text(MODEL, false),
                r.text(SERIAL, false),
                r.text(LOCATION, false),
                purchased,
                cost,
                warranty,
                status,
                replaceBy,
                replacementCost,
                supportEnds,
                r.text(NOTES, false),
                r.ref());
    }

    /**
     * Replace by still sets the plan's date (SPEC 4.2), but a planned device kept past the day its security
     * updates stop is a risk the school should see: a warning at the Replace by cell.
     */
    private static void replaceByAfterSupport(
            DataRow r, String tag, AssetStatus status, LocalDate replaceBy, LocalDate supportEnds) {
        if (!status.isPlanned() || replaceBy == null || supportEnds == null || !replaceBy.isAfter(supportEnds)) {
            return;
        }
        r.warning(
                REPLACE_BY,
                REPLACE_BY + " (" + RawCell.formatDateTime(replaceBy.atStartOfDay()) + ") is after " + SUPPORT_ENDS
                        + " ("
                        + RawCell.formatDateTime(supportEnds.atStartOfDay()) + "): " + tag
                        + " would be in use without security updates"
                        + " until then; the plan keeps the " + REPLACE_BY + " date (bring it forward to "
                        + RawCell.formatDateTime(supportEnds.atStartOfDay()) + " or earlier, or blank it to use "
                        + SUPPORT_ENDS + ")");
    }

    /**
     * A planned asset (not Retired or Disposed) with no Purchased, no readable Replace by and no Support ends has
     * no due date: the refresh plan leaves it out (RefreshAnalysis's notPlannedNoDate) and it has no book value.
     * Said at its Purchased cell, once per asset, when that cell is blank; an unreadable Purchased has its own
     * warning.
     */
    private static void notPlannedWithoutDate(
            DataRow r,
            String tag,
            AssetStatus status,
            LocalDate purchased,
            LocalDate replaceBy,
            LocalDate supportEnds) {
        if (!status.isPlanned()
                || purchased != null
                || replaceBy != null
                || supportEnds != null
                || !r.isBlank(PURCHASED)) {
            return;
        }
        String what = r.has(PURCHASED) ? PURCHASED + " is blank" : "there is no " + PURCHASED + " column";
        String replace = r.isBlank(REPLACE_BY) ? "no " + REPLACE_BY + " is given" : REPLACE_BY + " gives no date";
        r.warning(
                PURCHASED,
                what + " and " + replace + ": " + tag + " is not planned for replacement and not valued (give the"
                        + " date it was bought, or a " + REPLACE_BY + " date)");
    }

    /** One device's cost, bounded (Plausible.ASSET_COST_MAX): 1e308 once ended the build in a template error. */
    private static final DataRow.Parser<BigDecimal> DEVICE_COST =
            Plausible.money(Plausible.ASSET_COST_MAX, "one device, a server or a core switch included");

    private static LocalDate day(java.time.LocalDateTime t) {
        return t == null ? null : t.toLocalDate();
    }

    /** The cell holds an amount that {@link #DEVICE_COST} reads (peeked at without a message). */
    private static boolean readsAsMoney(DataRow r, String column) {
        RawCell c = r.cell(column);
        if (c == null || c.isBlank()) {
            return false;
        }
        try {
            DEVICE_COST.parse(c);
            return true;
        } catch (BadValue e) {
            return false;
        }
    }

    private static String defaultTypes() {
        return LifecyclePolicy.defaults().stream().map(LifecyclePolicy::type).collect(Collectors.joining(", "));
    }

    /**
     * Status: one of the five labels (case, spaces and punctuation ignored), or a plain synonym of one
     * ({@link #PLAIN_SYNONYMS}), is read silently. Anything else is a
     * WARNING at the cell, naming the value and the accepted labels and what it is read as: a word AssetStatus
     * knows ("Broken" = In repair, "Sold" = Disposed) as that status, any other as In use, the default.
     */
    private static AssetStatus status(DataRow r) {
        String s = r.text(STATUS, false);
        if (s == null) {
            return AssetStatus.IN_USE;
        }
        String key = statusKey(s);
        for (AssetStatus a : AssetStatus.values()) {
            if (statusKey(a.label()).equals(key)) {
                return a;
            }
        }
        if (PLAIN_SYNONYMS.contains(key)) {
            return AssetStatus.parse(s).orElseThrow();
        }
        AssetStatus read = AssetStatus.parse(s).orElse(AssetStatus.IN_USE);
        String as = AssetStatus.parse(s).isPresent() ? "read as " + read.label() : "read as In use, the default";
        r.warning(
                STATUS,
                STATUS + " '" + s + "' is not one of " + STATUS_LABELS + "; " + as
                        + (read.isPlanned()
                                ? ", so it is planned for replacement"
                                : ", so it is left out of planning"));
        return read;
    }

    /**
     * Words that mean one status plainly and are read silently, like the labels (a register full of "Active" must
     * not give a warning a row). The ones that are a judgement stay warnings: "Broken"/"Faulty" read as In repair,
     * "Sold" as Disposed.
     */
    static final java.util.Set<String> PLAIN_SYNONYMS = java.util.Set.of(
            "active", "live", "inservice", "disposedof", "scrapped", "repair", "instock", "stock", "storage");

    static final String STATUS_LABELS = java.util.Arrays.stream(AssetStatus.values())
            .map(AssetStatus::label)
            .collect(Collectors.joining(", "));

    private static String statusKey(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static LifecyclePolicy lifecycle(DataRow r, Uniques u) {
        String type = r.text(TYPE, true);
        Uniques.check(u, r, TYPE, type);
        Integer years = r.get(LIFETIME, true, AssetsReader::lifetime);
        BigDecimal cost = r.get(REPLACEMENT_COST, true, DEVICE_COST);
        BigDecimal change = r.optional(ANNUAL_PRICE_CHANGE, AssetsReader::priceChange, "0% a year is used");
        return r.failed() ? null : new LifecyclePolicy(type, years, cost, change);
    }

    /** 1 to 20 years: a lifetime of 1,000,000,000 once passed check and then crashed build. */
    private static int lifetime(RawCell c) throws BadValue {
        String expected = "a whole number of years, 1 or more";
        int years = CellValues.wholeNumber(c, expected, 1);
        if (years > Plausible.LIFETIME_MAX_YEARS) {
            throw new BadValue("a whole number of years from 1 to " + Plausible.LIFETIME_MAX_YEARS + " (no device is"
                    + " planned to last longer; most likely a typing slip); the row is left out, so its type is"
                    + " planned as a type the Lifecycle sheet does not list");
        }
        return years;
    }

    /** Within plus or minus 25% a year. */
    private static BigDecimal priceChange(RawCell c) throws BadValue {
        BigDecimal p = CellValues.percent(c);
        if (p.abs().compareTo(Plausible.PRICE_CHANGE_MAX) > 0) {
            throw new BadValue("a yearly price change from -" + Plausible.PRICE_CHANGE_MAX + "% to "
                    + Plausible.PRICE_CHANGE_MAX + "% (more is no forecast a school would make; most likely a typing"
                    + " slip)");
        }
        return p;
    }

    private static BudgetLine budget(DataRow r, Uniques u) {
        String year = r.get(FINANCIAL_YEAR, true, CellValues::financialYear);
        BigDecimal money = r.get(
                CAPITAL_BUDGET, true, Plausible.money(Plausible.BUDGET_MAX, "one year's ICT capital for one school"));
        if (r.failed()) {
            return null;
        }
        // a capital line and a grant line for one year are both budget; a repeat typed by mistake still shows
        Integer before = u.seen(year, r.number());
        if (before != null) {
            r.note(
                    FINANCIAL_YEAR,
                    FINANCIAL_YEAR + " " + year + " has another line (first at row " + before
                            + "): the budgets of its lines are added");
        }
        return new BudgetLine(year, money);
    }
}
