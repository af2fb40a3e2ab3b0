package uk.ictreview.workbook.audit;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an audit workbook in tests: every Figures row evaluated by POI's formula evaluator. */
final class AuditSheets {
    /** One figure: its figures.json path, the formula's value (Double, String, Boolean; "" for none), the tool's. */
    record Figure(String key, Object excel, Object tool, boolean agrees, String formula) {}

    private AuditSheets() {}

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XSSFWorkbook wb = new XSSFWorkbook(in);
            wb.addToolPack(AuditFunctions.TOOL_PACK);
            return wb;
        }
    }

    static List<Figure> figures(XSSFWorkbook wb) {
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        ev.clearAllCachedResultValues();
        Sheet s = wb.getSheet(FiguresSheet.NAME);
        List<Figure> out = new ArrayList<>();
        for (Row r : s) {
            Cell key = r.getCell(FiguresSheet.KEY);
            if (r.getRowNum() == 0 || key == null) {
                continue;
            }
            Object agrees = value(ev, r.getCell(FiguresSheet.AGREES));
            out.add(new Figure(
                    key.getStringCellValue(),
                    value(ev, r.getCell(FiguresSheet.FORMULA)),
                    value(ev, r.getCell(FiguresSheet.TOOL)),
                    Boolean.TRUE.equals(agrees),
                    r.getCell(FiguresSheet.FORMULA).getCellFormula()));
        }
        return out;
    }

    /** The last row's "Every figure agrees". */
    static Object everyFigureAgrees(XSSFWorkbook wb) {
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        Sheet s = wb.getSheet(FiguresSheet.NAME);
        return value(ev, s.getRow(s.getLastRowNum()).getCell(FiguresSheet.AGREES));
    }

    static Object value(FormulaEvaluator ev, Cell c) {
        if (c == null) {
            return "";
        }
        CellValue v = ev.evaluate(c);
        if (v == null) {
            return "";
        }
        return switch (v.getCellType()) {
            case NUMERIC -> v.getNumberValue();
            case STRING -> v.getStringValue();
            case BOOLEAN -> v.getBooleanValue();
            case BLANK -> "";
            default -> "#ERROR " + v.formatAsString();
        };
    }

    /**
     * The value at a figures.json path such as {@code sla.byPriority[P1].calls}: {@code [x]} picks the element of
     * an array that has a value equal to x (its priority, year or skill).
     */
    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> json, String path) {
        Object here = json;
        for (String part : path.split("\\.(?![^\\[]*\\])")) {
            String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
            here = ((Map<String, Object>) here).get(name);
            if (part.contains("[")) {
                String pick = part.substring(part.indexOf('[') + 1, part.length() - 1);
                here = ((List<Object>) here)
                        .stream()
                                .map(o -> (Map<String, Object>) o)
                                .filter(m -> m.containsValue(pick))
                                .findFirst()
                                .orElseThrow(() -> new AssertionError("no " + pick + " in " + path));
            }
        }
        return here;
    }

    /** Whether a formula's value is the same figure as figures.json's: numbers compared exactly, null as "". */
    static boolean same(Object excel, Object json) {
        if (json == null) {
            return "".equals(excel);
        }
        if (json instanceof BigDecimal b) {
            return excel instanceof Double d && BigDecimal.valueOf(d).compareTo(b) == 0;
        }
        return json.equals(excel);
    }
}
