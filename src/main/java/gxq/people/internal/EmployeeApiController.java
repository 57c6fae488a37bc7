package gxq.people.internal;

import gxq.common.web.Paging;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import gxq.account.GxqUser;
import gxq.people.EmployeeStatus;

/** JSON roster for the same roles and scope as the pages; identifiers masked; 404 for any id outside the scope. */
@RestController
@RequestMapping("/api/employees")
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF')")
class EmployeeApiController {

    private final EmployeeStore store;
    private final EmployeeService service;
    private final RosterQuery query;

    EmployeeApiController(EmployeeStore store, EmployeeService service, RosterQuery query) {
        this.store = store;
        this.service = service;
        this.query = query;
    }

    /** An employee in JSON: masked identifiers only. */
    record EmployeeJson(long id, long enterpriseId, String enterpriseName, String name, String gender,
            String idNumberMasked, String phoneMasked, String employeeNo, String department, String jobTitle,
            String homeCityCode, EmployeeStatus status, boolean hasAccount) {

        static EmployeeJson of(EmployeeRow r) {
            return new EmployeeJson(r.id(), r.enterpriseId(), r.enterpriseName(), r.name(), r.gender(), r.idNoMasked(),
                    r.phoneMasked(), r.employeeNo(), r.department(), r.jobTitle(), r.homeCityCode(), r.status(),
                    r.hasAccount());
        }
    }

    record Page(List<EmployeeJson> items, int page, int pageSize, boolean hasNext) {
    }

    @GetMapping
    Page list(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) Long enterprise,
            @RequestParam(required = false) String q, @RequestParam(required = false) String department,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page) {
        int p = Paging.page(page);
        var scope = user.scope();
        List<EmployeeRow> rows = store.list(scope, query.filter(scope, enterprise, q, department, status),
                EmployeeController.PAGE + 1, p * EmployeeController.PAGE);
        boolean hasNext = rows.size() > EmployeeController.PAGE;
        return new Page(rows.stream().limit(EmployeeController.PAGE).map(EmployeeJson::of).toList(), p,
                EmployeeController.PAGE, hasNext);
    }

    @GetMapping("/{id}")
    EmployeeJson one(@AuthenticationPrincipal GxqUser user, @PathVariable long id) {
        return EmployeeJson.of(service.visible(user.scope(), id));
    }
}
