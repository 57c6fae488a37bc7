package gxq.policy.centre;

/** 政策类别; the Chinese name also serves the one-character search fallback (税 → 财税). */
enum PolicyCategory {
    FISCAL_TAX("财税"), FINANCE("金融"), SOCIAL_SECURITY("社保"), JOBS("稳岗"), SCIENCE("科技"), EPIDEMIC("防疫"),
    OTHER("其他");

    private final String chineseName;

    PolicyCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String labelKey() {
        return "policy.category." + name();
    }

    static PolicyCategory parse(String code) {
        for (PolicyCategory c : values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        return null;
    }
}
