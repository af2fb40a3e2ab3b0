package uk.ictreview.read;

/**
 * Numbers read straight from a cell's characters. The common case (a plain decimal of up to 15 significant digits,
 * as dates and amounts are) is one exact integer divided by an exact power of ten, which IEEE division rounds
 * correctly, so the result is the very double {@link Double#parseDouble} gives; anything else goes to it.
 */
final class XlsxNumbers {
    private static final double[] POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };
    private static final int MAX_DIGITS = 15;

    private XlsxNumbers() {}

    /** As {@code Double.parseDouble(new String(c, 0, length))}, including its NumberFormatException. */
    static double parse(char[] c, int length) {
        int i = 0;
        boolean negative = false;
        if (length > 0 && c[0] == '-') {
            negative = true;
            i = 1;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        boolean any = false;
        for (; i < length; i++) {
            char ch = c[i];
            if (ch >= '0' && ch <= '9') {
                any = true;
                if (mantissa != 0 || ch != '0') {
                    digits++;
                }
                mantissa = mantissa * 10 + (ch - '0');
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (ch == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return slow(c, length);
            }
            if (digits > MAX_DIGITS) {
                return slow(c, length);
            }
        }
        if (!any || fraction >= POWERS.length) {
            return slow(c, length);
        }
        double v = fraction > 0 ? mantissa / POWERS[fraction] : (double) mantissa;
        return negative ? -v : v;
    }

    private static double slow(char[] c, int length) {
        return Double.parseDouble(new String(c, 0, length));
    }
}
