package gxq.exchange.notice;

/** 普通 / 重要 / 紧急. Important and urgent notices ask the reader to confirm receipt (确认收到). */
enum Importance {
    NORMAL, IMPORTANT, URGENT;

    boolean asksAcknowledgement() {
        return this != NORMAL;
    }
}
