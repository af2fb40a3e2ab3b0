package uk.ictreview.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import uk.ictreview.validate.Diagnostic;
import uk.ictreview.validate.Severity;

/**
 * Highlights a cell and comments on it. Errors get a coral fill and a thick border, warnings a light gold
 * fill: both light enough to keep the text readable, and told apart in greyscale by shade and border. The
 * cell's own style (its date format, say) is kept: the fill is added to a copy, one copy per original style.
 */
final class CellMarker {
    static final String AUTHOR = "ictreview";

    private final Workbook wb;
    private final CreationHelper helper;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();

    CellMarker(Workbook wb) {
        this.wb = wb;
        this.helper = wb.getCreationHelper();
    }

    /** Fills {@code cell} for the worst of {@code diagnostics} and sets a comment listing them all. */
    void mark(Cell cell, List<Diagnostic> diagnostics, boolean withComment) {
        Severity worst = diagnostics.stream()
                .map(Diagnostic::severity)
                .max(Enum::compareTo)
                .orElse(Severity.NOTE);
        cell.setCellStyle(style(cell.getCellStyle(), worst));
        if (withComment) {
            comment(cell, text(diagnostics));
        }
    }

    static String text(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(d.severity().label()).append(": ").append(d.message());
        }
        return sb.toString();
    }

    private CellStyle style(CellStyle original, Severity severity) {
        String key = original.getIndex() + "/" + severity;
        return styles.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(original);
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            if (severity == Severity.ERROR) {
                s.setFillForegroundColor(IndexedColors.CORAL.getIndex());
                BorderStyle b = BorderStyle.THICK;
                s.setBorderTop(b);
                s.setBorderBottom(b);
                s.setBorderLeft(b);
                s.setBorderRight(b);
            } else {
                s.setFillForegroundColor(
                        severity == Severity.WARNING
                                ? IndexedColors.GOLD.getIndex()
                                : IndexedColors.LIGHT_TURQUOISE.getIndex());
            }
            return s;
        });
    }

    private void comment(Cell cell, String text) {
        Comment existing = cell.getCellComment();
        String full = existing == null ? text : existing.getString().getString() + "\n" + text;
        if (existing != null) {
            cell.removeCellComment();
        }
        Drawing<?> drawing = drawings.computeIfAbsent(cell.getSheet(), Sheet::createDrawingPatriarch);
        ClientAnchor anchor = helper.createClientAnchor();
        // POI files a new comment under the anchor's top-left cell before it is moved to its own cell, so the box
        // starts at the cell itself: starting it one column right clashed with a comment already on that cell.
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex()
                + 2
                + full.length() / 60
                + (int) full.chars().filter(c -> c == '\n').count());
        Comment c = drawing.createCellComment(anchor);
        c.setString(helper.createRichTextString(full));
        c.setAuthor(AUTHOR);
        cell.setCellComment(c);
    }
}
