package gxq.exchange.notice;

/** A draft is edited by the ministry only; a sent notice is immutable; a withdrawn one stays listed with its reason. */
enum NoticeState {
    DRAFT, SENT, WITHDRAWN
}
