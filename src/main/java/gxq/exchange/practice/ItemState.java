package gxq.exchange.practice;

/** DRAFT: seen only by its zone; PUBLISHED: seen by every zone and the ministry; WITHDRAWN: by its zone, with a reason. */
enum ItemState {
    DRAFT, PUBLISHED, WITHDRAWN
}
