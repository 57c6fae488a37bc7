package gxq.needs.cases;

/** Who wrote an entry of a case's thread. */
enum Side {
    ENTERPRISE, ZONE, MINISTRY
}
