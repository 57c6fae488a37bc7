package gxq.policy.centre;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gxq.account.GxqUser;
import gxq.common.files.Uploads;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.Paging;
import gxq.org.SizeBand;
import gxq.org.Zones;

/** The public policy library: search, one policy with its interpretations, attachments. No sign-in needed. */
@Controller
@RequestMapping("/public/policies")
class PublicPolicyController {

    private final PolicySearch search;
    private final PolicyService policies;
    private final PolicyText text;
    private final Zones zones;
    private final MessageSource messages;

    PublicPolicyController(PolicySearch search, PolicyService policies, PolicyText text, Zones zones,
            MessageSource messages) {
        this.search = search;
        this.policies = policies;
        this.text = text;
        this.zones = zones;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("permitAll()")
    String library(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String level, @RequestParam(required = false) Long zone,
            @RequestParam(required = false) String inForce, @RequestParam(required = false) String size,
            @RequestParam(defaultValue = "0") int page, HttpServletResponse response, Model model, Locale locale) {
        PolicySearch.Filters filters = new PolicySearch.Filters(category, level, zone, "1".equals(inForce)
                || "true".equals(inForce), size);
        model.addAttribute("q", q);
        model.addAttribute("filters", filters);
        model.addAttribute("categories", PolicyCategory.values());
        model.addAttribute("levels", PolicyLevel.values());
        model.addAttribute("sizes", SizeBand.values());
        model.addAttribute("zones", zones.all());
        model.addAttribute("maxQuery", PolicySearch.MAX_QUERY);
        try {
            model.addAttribute("result", search.search(q, filters, Paging.page(page)));
            model.addAttribute("searchError", null);
        } catch (InvalidInput e) {
            response.setStatus(422);
            FieldProblem p = e.problems().get(0);
            model.addAttribute("result", null);
            model.addAttribute("searchError", messages.getMessage(p.key(), p.args(), p.key(), locale));
        }
        return "policy/library";
    }

    @GetMapping("/{id}")
    @PreAuthorize("permitAll()")
    String policy(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        PolicyService.Detail d = policies.publicDetail(id);
        String reasons = null;
        if (user != null && user.scope().isEnterpriseAdmin() && user.enterpriseId() != null) {
            policies.markSeen(user, id);
            reasons = policies.reasonsFor(user.scope(), d).map(text::reasons).orElse(null);
        }
        model.addAttribute("reasons", reasons);
        model.addAttribute("d", d);
        model.addAttribute("p", d.policy());
        model.addAttribute("applies", text.describe(d.applicability()));
        model.addAttribute("inForce", d.policy().inForceOn(policies.today()));
        return "policy/public";
    }

    @GetMapping("/files/{id}")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return download(policies.publicFile(id), false);
    }

    static ResponseEntity<byte[]> download(PolicyService.FileContent content, boolean privateCache) {
        PolicyFile f = content.file();
        return Uploads.download(f.fileName(), f.contentType(), content.bytes(),
                privateCache ? CacheControl.noStore().cachePrivate() : CacheControl.noCache());
    }
}
