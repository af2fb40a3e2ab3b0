package uk.ictreview.model;

import java.util.Locale;
import java.util.Optional;

/** Which bank holidays count as closed (the {@code bank-holidays} key of pack.md). */
public enum BankHolidayRegion {
    ENGLAND_AND_WALES("england-and-wales"),
    SCOTLAND("scotland"),
    NORTHERN_IRELAND("northern-ireland"),
    NONE("none");

    private final String key;

    BankHolidayRegion(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<BankHolidayRegion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        for (BankHolidayRegion r : values()) {
            if (r.key.equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
