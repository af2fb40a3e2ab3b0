package uk.ictreview.model;

import java.util.List;

/** Everything assets.xlsx says. A policy list is empty when its sheet is absent (defaults then apply). */
public record AssetRegister(List<Asset> assets, List<LifecyclePolicy> lifecycle, List<BudgetLine> budget) {
    public AssetRegister {
        assets = List.copyOf(assets);
        lifecycle = List.copyOf(lifecycle);
        budget = List.copyOf(budget);
    }

    public static AssetRegister empty() {
        return new AssetRegister(List.of(), List.of(), List.of());
    }
}
