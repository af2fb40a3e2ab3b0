package uk.ictreview.workbook.audit;

import org.apache.poi.ss.formula.functions.AggregateFunction;
import org.apache.poi.ss.formula.functions.FreeRefFunction;
import org.apache.poi.ss.formula.udf.DefaultUDFFinder;
import org.apache.poi.ss.formula.udf.UDFFinder;

/**
 * The Excel 2010 functions POI does not know by their stored names. Excel stores {@code PERCENTILE.INC} as
 * {@code _xlfn.PERCENTILE.INC}; POI 5.5 evaluates {@code _xlfn.NORM.S.INV} natively but has no PERCENTILE.INC,
 * so registering this tool pack on a workbook lets POI parse the name without a warning and evaluate it.
 * PERCENTILE.INC is, by Microsoft's definition, the old PERCENTILE under a new name, which POI has.
 */
public final class AuditFunctions {
    /** Register with {@code workbook.addToolPack(AuditFunctions.TOOL_PACK)} before evaluating audit.xlsx. */
    public static final UDFFinder TOOL_PACK = new DefaultUDFFinder(
            new String[] {"_xlfn.PERCENTILE.INC"}, new FreeRefFunction[] {AuditFunctions::percentileInc});

    private AuditFunctions() {}

    private static org.apache.poi.ss.formula.eval.ValueEval percentileInc(
            org.apache.poi.ss.formula.eval.ValueEval[] args, org.apache.poi.ss.formula.OperationEvaluationContext ec) {
        return AggregateFunction.PERCENTILE.evaluate(args, ec.getRowIndex(), ec.getColumnIndex());
    }
}
