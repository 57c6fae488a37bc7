package gxq.web;

import java.util.List;

import org.springframework.security.core.Authentication;

/** A module's figures on the home page, for the signed-in account (already scoped by the module). */
public interface HomeTiles {

    List<Tile> tiles(Authentication auth);

    /** {@code value} is shown as is; {@code link} may be null. */
    record Tile(String labelKey, String value, String link, int order) {
    }
}
