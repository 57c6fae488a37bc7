package gxq.health.declaration;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.health.status.StatusEngine;
import gxq.health.status.StatusQueries;
import gxq.web.HomeTiles;

/** An employee's home page: whether today's declaration is done, and their colour, each linking to its page. */
@Component
class EmployeeHealthTiles implements HomeTiles {

    private final DeclarationStore declarations;
    private final StatusQueries statuses;
    private final StatusEngine engine;
    private final MessageSource messages;

    EmployeeHealthTiles(DeclarationStore declarations, StatusQueries statuses, StatusEngine engine,
            MessageSource messages) {
        this.declarations = declarations;
        this.statuses = statuses;
        this.engine = engine;
        this.messages = messages;
    }

    @Override
    public List<Tile> tiles(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof GxqUser user) || user.role() != Role.EMPLOYEE
                || user.scope().employeeId() == null) {
            return List.of();
        }
        long employee = user.scope().employeeId();
        LocalDate today = engine.today();
        var locale = LocaleContextHolder.getLocale();
        String declared = messages.getMessage(declarations.findOn(employee, today).isPresent()
                ? "health.tile.declared" : "health.tile.notDeclared", null, locale);
        String colour = statuses.status(employee)
                .map(s -> messages.getMessage("health.colour." + s.colour().name(), null, locale))
                .orElseGet(() -> messages.getMessage("health.tile.noStatus", null, locale));
        return List.of(new Tile("health.tile.today", declared, "/me/health", 1),
                new Tile("health.tile.code", colour, "/me/health/code", 2));
    }
}
