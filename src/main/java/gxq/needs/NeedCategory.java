package gxq.needs;

/** What a difficulty is about (the notice: 员工返岗难、融资难、供应链协同难、物流配送难、防疫物资不足). */
public enum NeedCategory {
    /** 员工返岗 */
    STAFF_RETURN,
    /** 融资 */
    FINANCING,
    /** 供应链协同 */
    SUPPLY_CHAIN,
    /** 物流配送 */
    LOGISTICS,
    /** 防疫物资 */
    EPIDEMIC_SUPPLIES,
    /** 用工招聘 */
    HIRING,
    /** 政策咨询 */
    POLICY,
    /** 其他 */
    OTHER
}
