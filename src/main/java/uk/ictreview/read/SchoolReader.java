package uk.ictreview.read;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import uk.ictreview.model.AssetRegister;
import uk.ictreview.model.IncidentLog;
import uk.ictreview.model.RowCounts;
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
            inc = IncidentsReader.read(src, today, diags);
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
        policy.addAll(inc.policySheetsFound());
        policy.addAll(assets.policySheetsFound());
        policy.addAll(skills.policySheetsFound());
        RowCounts counts = new RowCounts(inc.mainRows(), assets.mainRows(), skills.mainRows());
        return new SchoolWorkbooks(inc.data(), assets.data(), skills.data(), counts, policy);
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
