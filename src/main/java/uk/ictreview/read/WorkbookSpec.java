package uk.ictreview.read;

import java.util.List;
import java.util.Objects;

/** One of the three workbooks: its base name ({@code incidents}) and its sheets, the main sheet first. */
public record WorkbookSpec(String baseName, List<SheetSpec> sheets) {
    public WorkbookSpec {
        Objects.requireNonNull(baseName, "baseName");
        sheets = List.copyOf(sheets);
    }

    public SheetSpec main() {
        return sheets.get(0);
    }

    public SheetSpec sheet(String name) {
        return sheets.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sheet " + name + " in " + baseName));
    }

    public String fileName() {
        return baseName + ".xlsx";
    }
}
