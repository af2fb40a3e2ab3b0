package uk.ictreview.analyse.standards;

/**
 * The standard areas as the DfE names them, in the order the section shows them: the six core standards every
 * school should meet by 2030 first, then the others this tool can see.
 */
public enum Area {
    BROADBAND("broadband", "Broadband internet", true),
    NETWORK_SWITCHING("network-switching", "Network switching", true),
    WIRELESS("wireless", "Wireless network", true),
    CYBER_SECURITY("cyber-security", "Cyber security", true),
    FILTERING("filtering-monitoring", "Filtering and monitoring", true),
    LEADERSHIP("digital-leadership", "Digital leadership and governance", true),
    DEVICES("devices", "Laptops, desktops and tablets", false),
    SERVERS("servers-storage", "Servers and storage", false),
    IT_SUPPORT("it-support", "IT support", false);

    private final String key;
    private final String label;
    private final boolean core;

    Area(String key, String label, boolean core) {
        this.key = key;
        this.label = label;
        this.core = core;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** One of the six core standards (SPEC 9). */
    public boolean core() {
        return core;
    }
}
