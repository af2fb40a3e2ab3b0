package uk.ictreview.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sheet of a workbook: its name, whether it must be there (the main sheet) or is an optional policy sheet,
 * its columns in template order, and what it is for (the template's About sheet).
 */
public record SheetSpec(String name, boolean required, List<ColumnSpec> columns, String purpose) {
    public SheetSpec {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(purpose, "purpose");
    }

    public List<ColumnSpec> requiredColumns() {
        return columns.stream().filter(ColumnSpec::required).toList();
    }

    public Optional<ColumnSpec> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** True when a sheet's tab name is this sheet's, ignoring case and spacing. */
    public boolean matchesTab(String tab) {
        return ColumnSpec.key(tab).equals(ColumnSpec.key(name));
    }
}
