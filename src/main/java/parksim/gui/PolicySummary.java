package parksim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import parksim.policy.Policies;

/** A park's policy package in one line, for its inspector. */
final class PolicySummary {
    private PolicySummary() {}

    static String of(Policies p) {
        List<String> parts = new ArrayList<>();
        if (p.rentSubsidy() != null) parts.add(fmt("rent subsidy %.0f%% for %d months", 100 * p.rentSubsidy().share(), p.rentSubsidy().months()));
        if (p.fitOutSubsidy() != null) parts.add(fmt("fit-out ¥%.0f/m² up to ¥%.2fM", p.fitOutSubsidy().perM2(), p.fitOutSubsidy().maxPerFirm() / 1e6));
        if (p.taxRebate() != null) parts.add(fmt("tax rebate %.0f%% for %d months", 100 * p.taxRebate().share(), p.taxRebate().months()));
        if (p.talentSubsidy() != null) parts.add(fmt("talent ¥%.0f per employee a year for %d months", p.talentSubsidy().perEmployeePerYear(), p.talentSubsidy().months()));
        if (p.equityFund() != null) parts.add(fmt("equity fund ¥%.0fM, %.0f%% stakes", p.equityFund().capital() / 1e6, 100 * p.equityFund().share()));
        if (p.targetedPromotion() != null) parts.add(fmt("targeted promotion +%.2f awareness", p.targetedPromotion().awarenessBoost()));
        if (p.events() != null) parts.add(fmt("%.0f events a year", p.events().perYear()));
        if (p.universityPartnership() != null) parts.add("university partnership (" + p.universityPartnership().partner() + ")");
        if (p.platforms() != null) parts.add(fmt("%d public platforms", p.platforms().count()));
        if (p.listingSupport() != null) parts.add(fmt("listing support ×%.1f", p.listingSupport().hazardMultiplier()));
        return parts.isEmpty() ? "none" : String.join("; ", parts);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
