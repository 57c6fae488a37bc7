package gxq.org;

/** The kind of a service provider (服务机构). Stored by name. */
public enum ProviderKind {
    /** 科技企业孵化器 */
    INCUBATOR,
    /** 众创空间 */
    MAKERSPACE,
    /** 技术转移机构 */
    TECH_TRANSFER,
    /** 检验检测平台 */
    TESTING,
    /** 金融机构 */
    FINANCE,
    /** 其他 */
    OTHER;

    public String labelKey() {
        return "org.provider.kind." + name();
    }

    /** The kind named {@code code} (case-insensitive), or null. */
    public static ProviderKind parse(String code) {
        if (code == null) {
            return null;
        }
        for (ProviderKind k : values()) {
            if (k.name().equalsIgnoreCase(code.strip())) {
                return k;
            }
        }
        return null;
    }
}
