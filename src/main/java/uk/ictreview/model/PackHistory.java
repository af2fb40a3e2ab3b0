package uk.ictreview.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a build found of the packs earlier builds wrote to the school's output folder (docs/rules-report.md,
 * "Earlier packs"). {@code searched} is false where the folder cannot be seen (tests, a model built without an
 * output place). {@code packs}: those whose period ended before this period began, oldest first, the ones the pack
 * draws on for its figures over time. {@code latestEnd}: the end of the latest pack whose period ended before this
 * period ends, or null: the IT support standard's yearly review (docs/rules-standards.md), for which a pack that
 * overlaps this period is still an earlier review. {@code ignored}: one sentence per figures.json left out.
 */
public record PackHistory(boolean searched, List<EarlierPack> packs, LocalDate latestEnd, List<String> ignored) {
    /** Nothing looked for. */
    public static final PackHistory NOT_SEARCHED = new PackHistory(false, List.of(), null, List.of());

    public PackHistory {
        packs = List.copyOf(packs);
        ignored = List.copyOf(ignored);
        if (!searched && (latestEnd != null || !packs.isEmpty() || !ignored.isEmpty())) {
            throw new IllegalArgumentException("earlier packs cannot be found without searching for them");
        }
    }
}
