package gxq.policy.centre;

/**
 * DRAFT: private to the author's tenant, editable. PUBLISHED: public, frozen, applies to enterprises. WITHDRAWN (废止)
 * and SUPERSEDED (replaced by a newer version): still readable by link, marked as such, no longer found or applicable.
 */
enum PolicyState {
    DRAFT, PUBLISHED, WITHDRAWN, SUPERSEDED;

    public boolean publicRead() {
        return this != DRAFT;
    }
}
