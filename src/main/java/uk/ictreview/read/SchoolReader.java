package uk.ictreview.read;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.Incident;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.model.RowCounts;
import uk.ictreview.model.RowRef;
import uk.ictreview.model.SkillsMatrix;
import uk.ictreview.validate.Diagnostics;
import uk.ictreview.validate.Place;

/** The intake's one entry point: reads a school folder's three workbooks, never writing to them. */
public final class SchoolReader {
    private SchoolReader() {}

    /**
     * Reads incidents, assets and skills from {@code schoolDir}. Every problem in the data goes to {@code diags};
     * a workbook that is missing or cannot be opened at all throws. {@code today} only flags future dates.
     */
    public static SchoolWorkbooks read(Path schoolDir, LocalDate today, Diagnostics diags)
            throws UnreadableWorkbookException {
        return read(schoolDir, today, null, diags);
    }

    /**
     * As {@link #read(Path, LocalDate, Diagnostics)}, with the service-level {@code clock} (null: none), so that On
     * hold hours longer than a call's elapsed support time are questioned.
     */
    public static SchoolWorkbooks read(Path schoolDir, LocalDate today, SupportClock clock, Diagnostics diags)
            throws UnreadableWorkbookException {
        Set<String> policy = new HashSet<>();
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (WorkbookSpec spec : Workbooks.ALL) {
            warnIfTwoForms(schoolDir, spec.baseName(), diags);
            if (WorkbookLocator.forms(schoolDir, spec.baseName()).isEmpty()) {
                missing.add(spec.baseName());
            }
        }
        if (!missing.isEmpty()) {
            throw WorkbookLocator.notFound(schoolDir, missing);
        }
        WorkbookRead<IncidentLog> inc;
        try (SheetSource src = WorkbookLocator.open(schoolDir, Workbooks.INCIDENTS_WORKBOOK.baseName())) {
            inc = IncidentsReader.read(src, today, clock, diags);
        } catch (IOException e) {
            throw closing(Workbooks.INCIDENTS_WORKBOOK, e);
        }
        WorkbookRead<AssetRegister> assets;
        try (SheetSource src = WorkbookLocator.open(schoolDir, Workbooks.ASSETS_WORKBOOK.baseName())) {
            assets = AssetsReader.read(src, today, diags);
        } catch (IOException e) {
            throw closing(Workbooks.ASSETS_WORKBOOK, e);
        }
        WorkbookRead<SkillsMatrix> skills;
        try (SheetSource src = WorkbookLocator.open(schoolDir, Workbooks.SKILLS_WORKBOOK.baseName())) {
            skills = SkillsReader.read(src, today, diags);
        } catch (IOException e) {
            throw closing(Workbooks.SKILLS_WORKBOOK, e);
        }
        checkAssetTags(inc, assets, diags);
        policy.addAll(inc.policySheetsFound());
        policy.addAll(assets.policySheetsFound());
        policy.addAll(skills.policySheetsFound());
        RowCounts counts = new RowCounts(inc.mainRows(), assets.mainRows(), skills.mainRows());
        return new SchoolWorkbooks(inc.data(), assets.data(), skills.data(), counts, policy);
    }

    /**
     * An Asset tag in the log that the register does not hold: one WARNING per tag at its first call, so the
     * technician can keep the two workbooks in step. Only when the register gave rows (an empty or unusable Assets
     * sheet has its own message); tags match ignoring case and repeated spaces, and a Tag on a register row left
     * out for an error still counts as present (that row has its own error).
     */
    private static void checkAssetTags(
            WorkbookRead<IncidentLog> inc, WorkbookRead<AssetRegister> assets, Diagnostics diags) {
        IncidentLog log = inc.data();
        // on the Asset tag cell, so check --annotate marks the cell to correct, not the call's Ref
        int column = inc.mainColumn(Workbooks.ASSET_TAG);
        if (assets.mainRows() == 0) {
            return;
        }
        Map<String, List<Incident>> unknown = new LinkedHashMap<>();
        for (Incident i : log.incidents()) {
            if (i.assetTag() != null && !assets.mainKeys().contains(Uniques.key(i.assetTag()))) {
                unknown.computeIfAbsent(Uniques.key(i.assetTag()), k -> new ArrayList<>())
                        .add(i);
            }
        }
        for (List<Incident> calls : unknown.values()) {
            Incident first = calls.get(0);
            RowRef at = first.source();
            diags.warning(
                    column == Place.NONE
                            ? Place.row(at.file(), at.sheet(), at.row())
                            : Place.cell(at.file(), at.sheet(), at.row(), column),
                    Workbooks.ASSET_TAG + " '" + first.assetTag() + "' is not in the asset register's "
                            + Workbooks.ASSETS + " sheet ("
                            + (calls.size() == 1 ? "1 call uses it" : calls.size() + " calls use it, this the first")
                            + "): correct the tag, or add the device to the register");
        }
    }

    private static UnreadableWorkbookException closing(WorkbookSpec spec, IOException e) {
        return new UnreadableWorkbookException(spec.fileName(), "cannot be closed after reading: " + e.getMessage(), e);
    }

    /** An .xlsx left beside a CSV folder of the same workbook wins silently otherwise: say which one is read. */
    private static void warnIfTwoForms(Path schoolDir, String base, Diagnostics diags) {
        java.util.List<String> forms = WorkbookLocator.forms(schoolDir, base);
        if (forms.size() > 1) {
            diags.warning(
                    Place.file(forms.get(0)),
                    "the school folder holds " + String.join(" and ", forms) + " for the same workbook: " + forms.get(0)
                            + " is read and the rest ignored. Remove or rename the one you do not use.");
        }
    }
}
