package gxq.exchange.help;

import java.util.Set;

/**
 * OPEN → (PARTLY_MET, once an offer is accepted) → MET or CLOSED by the requesting zone. EXPIRED is never stored: an
 * open request whose needed-by day has passed is shown as expired and takes no more offers.
 */
enum RequestState {
    OPEN, PARTLY_MET, MET, CLOSED, EXPIRED;

    static final Set<RequestState> OPEN_STATES = Set.of(OPEN, PARTLY_MET);

    boolean open() {
        return OPEN_STATES.contains(this);
    }
}
