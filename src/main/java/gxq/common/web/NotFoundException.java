package gxq.common.web;

/** A record that does not exist or lies outside the caller's tenant: both answer 404, so ids cannot be probed. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
