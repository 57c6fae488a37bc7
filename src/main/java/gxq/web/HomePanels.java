package gxq.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;

/**
 * A module's larger block on the home page (e.g. the ministry's national view), below the tiles: the Thymeleaf
 * fragment {@code fragment} of template {@code template}, rendered with {@code model} added to the page's model.
 * Model keys should be prefixed with the module's name to stay apart from other panels.
 */
public interface HomePanels {

    List<Panel> panels(Authentication auth);

    record Panel(String template, String fragment, Map<String, Object> model, int order) {
    }
}
