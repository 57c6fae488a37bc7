package gxq.people.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import gxq.account.GxqUser;
import gxq.common.web.NotFoundException;

/** An employee's own record, masked. Employees see nothing else of the roster. */
@Controller
@PreAuthorize("hasRole('EMPLOYEE')")
class MeController {

    private final EmployeeService service;
    private final Cities cities;

    MeController(EmployeeService service, Cities cities) {
        this.service = service;
        this.cities = cities;
    }

    @GetMapping("/me")
    String me(@AuthenticationPrincipal GxqUser user, Model model) {
        if (user.employeeId() == null) {
            throw new NotFoundException("employee", null);
        }
        model.addAttribute("employee", service.visible(user.scope(), user.employeeId()));
        model.addAttribute("cities", cities.directory());
        return "people/me";
    }
}
