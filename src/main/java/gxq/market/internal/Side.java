package gxq.market.internal;

/** What a post is: an offer (供) or a need (需). */
public enum Side {
    OFFER, NEED;

    public Side opposite() {
        return this == OFFER ? NEED : OFFER;
    }
}
