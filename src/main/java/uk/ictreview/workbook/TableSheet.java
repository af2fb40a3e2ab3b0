package uk.ictreview.workbook;

import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import uk.ictreview.model.AssetStatus;
import uk.ictreview.model.CallType;
import uk.ictreview.model.LifecyclePolicy;
import uk.ictreview.model.Priority;
import uk.ictreview.read.ColumnKind;
import uk.ictreview.read.ColumnSpec;
import uk.ictreview.read.SheetSpec;

/**
 * Lays out one sheet of a {@link SheetSpec}: the header row (bold, filled, frozen), column widths, the columns'
 * default number formats and the drop-down lists a technician picks from. Shared by the blank templates and the
 * example school, so both look alike and both match what the reader expects.
 */
final class TableSheet {
    /** Where the About sheet lists the 12 skill names, for the Skill drop-downs ({@code 'About'!$E$2:$E$13}). */
    static final String SKILL_LIST = "'" + AboutSheet.NAME + "'!$E$2:$E$13";

    private static final String LEVELS = "A,B,C,D,-";
    private static final String DAYS = "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday";

    private TableSheet() {}

    /**
     * Writes the header of {@code spec} in row {@code headerRow} (0-based) and prepares rows below it up to
     * {@code lastDataRow} (0-based, inclusive) with drop-downs.
     */
    static Sheet create(
            org.apache.poi.ss.usermodel.Workbook wb, Styles styles, SheetSpec spec, int headerRow, int lastDataRow) {
        return create(wb, styles, spec, null, headerRow, lastDataRow);
    }

    /** As above, with a title in A1 above the header (rows must be made top-down for streaming workbooks). */
    static Sheet create(
            org.apache.poi.ss.usermodel.Workbook wb,
            Styles styles,
            SheetSpec spec,
            String title,
            int headerRow,
            int lastDataRow) {
        Sheet sheet = wb.createSheet(spec.name());
        if (title != null) {
            Cell t = sheet.createRow(0).createCell(0);
            t.setCellValue(title);
            t.setCellStyle(styles.title);
        }
        List<ColumnSpec> cols = spec.columns();
        Row header = sheet.createRow(headerRow);
        int lines = 1;
        for (int c = 0; c < cols.size(); c++) {
            ColumnSpec col = cols.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(col.name());
            cell.setCellStyle(styles.header);
            int width = width(col);
            sheet.setColumnWidth(c, width * 256);
            lines = Math.max(lines, (col.name().length() + width - 1) / width);
            CellStyle def = styles.forKind(col.kind());
            if (def != null) {
                sheet.setDefaultColumnStyle(c, def);
            }
            addValidation(sheet, col.kind(), headerRow + 1, lastDataRow, c);
        }
        header.setHeightInPoints(15f * lines);
        sheet.createFreezePane(0, headerRow + 1);
        return sheet;
    }

    /** A column's width in characters: enough for its header or for what it typically holds. */
    static int width(ColumnSpec col) {
        int typical =
                switch (col.kind()) {
                    case DATE_TIME -> 17;
                    case DATE, MONEY, FINANCIAL_YEAR -> 13;
                    case TIME, PRIORITY, YES_NO_COUNT -> 9;
                    case NUMBER -> 11;
                    case LEVEL -> 14;
                    case SKILL -> 40;
                    case CALL_TYPE, ASSET_STATUS, DAY_OF_WEEK -> 13;
                    case ASSET_TYPE -> 21;
                    case TEXT -> 20;
                };
        return col.kind() == ColumnKind.LEVEL
                ? typical
                : Math.max(typical, Math.min(col.name().length() + 3, 28));
    }

    private static void addValidation(Sheet sheet, ColumnKind kind, int first, int last, int col) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = constraint(helper, kind);
        if (last < first || constraint == null) {
            return;
        }
        DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(first, last, col, col));
        // A warning, not a stop, where other values are legitimate: a school's own asset types (given a Lifecycle
        // row), and a count of reopenings instead of Y/N.
        boolean strict = kind != ColumnKind.ASSET_TYPE && kind != ColumnKind.YES_NO_COUNT;
        v.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        v.setShowErrorBox(true);
        // For .xlsx POI writes this as showDropDown="false", which is how Excel is told to show the arrow.
        v.setSuppressDropDownArrow(true);
        v.createErrorBox("Not in the list", "Pick a value from the list (see the About sheet).");
        sheet.addValidationData(v);
    }

    /** The drop-down list of a column kind, or null for kinds typed freely. */
    private static DataValidationConstraint constraint(DataValidationHelper helper, ColumnKind kind) {
        return switch (kind) {
            // every form the About sheet says is accepted (the reader takes them all): P1-P4, the names, 1-4
            case PRIORITY -> list(helper, priorityForms());
            case CALL_TYPE ->
                list(
                        helper,
                        Arrays.stream(CallType.values()).map(CallType::label).toList());
            case ASSET_STATUS ->
                list(
                        helper,
                        Arrays.stream(AssetStatus.values())
                                .map(AssetStatus::label)
                                .toList());
            case ASSET_TYPE ->
                list(
                        helper,
                        LifecyclePolicy.defaults().stream()
                                .map(LifecyclePolicy::type)
                                .toList());
            case LEVEL -> helper.createExplicitListConstraint(LEVELS.split(","));
            case DAY_OF_WEEK -> helper.createExplicitListConstraint(DAYS.split(","));
            case SKILL -> helper.createFormulaListConstraint(SKILL_LIST);
            case YES_NO_COUNT -> helper.createExplicitListConstraint(new String[] {"Y", "N"});
            default -> null;
        };
    }

    /** P1, P2, P3, P4, Critical, High, Medium, Low, 1, 2, 3, 4: the codes first, as the log is usually typed. */
    static List<String> priorityForms() {
        List<String> forms = new java.util.ArrayList<>();
        Arrays.stream(Priority.values()).map(Enum::name).forEach(forms::add);
        Arrays.stream(Priority.values()).map(Priority::defaultName).forEach(forms::add);
        Arrays.stream(Priority.values()).map(p -> p.name().substring(1)).forEach(forms::add);
        return forms;
    }

    private static DataValidationConstraint list(DataValidationHelper helper, List<String> values) {
        return helper.createExplicitListConstraint(values.toArray(new String[0]));
    }
}
