package gxq.org;

/** 企业规模 (大型/中型/小型/微型) per the statistical classification of enterprise sizes. */
public enum SizeBand {
    LARGE("大型"), MEDIUM("中型"), SMALL("小型"), MICRO("微型");

    private final String chineseName;

    SizeBand(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String labelKey() {
        return "org.size." + name();
    }

    /** The band named by {@code code} (case-insensitive), or null. */
    public static SizeBand parse(String code) {
        if (code == null) {
            return null;
        }
        for (SizeBand b : values()) {
            if (b.name().equalsIgnoreCase(code.strip())) {
                return b;
            }
        }
        return null;
    }
}
