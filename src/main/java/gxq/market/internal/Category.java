package gxq.market.internal;

/** Categories of posts (原材料, 零部件, 口罩等防疫物资, 运输运力, 共享员工, 其他). */
public enum Category {
    RAW_MATERIAL, PARTS, EPIDEMIC_SUPPLIES, TRANSPORT, SHARED_STAFF, OTHER
}
