package gxq.exchange.help;

/** An offer waits for the requester's decision (PENDING), then is ACCEPTED or DECLINED. */
enum OfferState {
    PENDING, ACCEPTED, DECLINED
}
