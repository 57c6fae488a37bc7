package gxq.market.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import gxq.account.GxqUser;
import gxq.common.web.ConflictException;
import gxq.common.web.Paging;
import gxq.common.web.UserInputException;
import gxq.region.Region;
import gxq.region.Regions;

/** The supply and demand board, my posts, suggestions, requests and the contacts of accepted requests. */
@Controller
@RequestMapping("/market")
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF','MINISTRY_ADMIN')")
class MarketController {

    private static final String BOARD_ROLES = "hasAnyRole('ENTERPRISE_ADMIN','ZONE_ADMIN','ZONE_STAFF','MINISTRY_ADMIN')";

    private final MarketService market;
    private final Regions regions;
    private final MessageSource messages;

    MarketController(MarketService market, Regions regions, MessageSource messages) {
        this.market = market;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(BOARD_ROLES)
    String board(@AuthenticationPrincipal GxqUser user, @RequestParam(required = false) Side side,
            @RequestParam(required = false) Category category, @RequestParam(required = false) String province,
            @RequestParam(required = false) String city, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String p = code(province, "province");
        String c = code(city, "city");
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > 50) {
            throw UserInputException.onField("q", "market.board.queryTooLong", 50);
        }
        int pg = Paging.page(page);
        model.addAttribute("result", market.board(new MarketStore.Filter(side, category, p, c, query), pg));
        model.addAttribute("page", pg);
        model.addAttribute("filters", new LinkedHashMap<>(Map.of("side", side == null ? "" : side.name(),
                "category", category == null ? "" : category.name(), "province", p == null ? "" : p,
                "city", c == null ? "" : c, "q", query == null ? "" : query)));
        if (!user.scope().isEnterpriseAdmin()) {
            model.addAttribute("counts", market.matchCounts(user.scope()));
            model.addAttribute("openPosts", market.openPosts(user.scope()));
        }
        common(model);
        return "market/board";
    }

    @GetMapping("/posts/{id}")
    @PreAuthorize(BOARD_ROLES)
    String post(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        Post post = market.visible(user, id);
        model.addAttribute("post", post);
        model.addAttribute("mine", user.scope().isEnterpriseAdmin() && user.enterpriseId() != null
                && user.enterpriseId() == post.enterpriseId());
        common(model);
        return "market/post";
    }

    @GetMapping("/mine")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String mine(@AuthenticationPrincipal GxqUser user, Model model) {
        model.addAttribute("posts", market.mine(user));
        model.addAttribute("requests", market.requestsOf(user));
        model.addAttribute("me", user.enterpriseId());
        common(model);
        return "market/mine";
    }

    @GetMapping("/posts/new")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String newPost(@RequestParam(required = false) Side side, Model model) {
        PostForm form = new PostForm();
        form.setSide(side == null ? Side.OFFER.name() : side.name());
        return form(form, null, Map.of(), model);
    }

    @PostMapping("/posts")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String create(@AuthenticationPrincipal GxqUser user, @ModelAttribute("form") PostForm form,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            long id = market.create(user, form);
            redirect.addFlashAttribute("flash", "market.post.created");
            return "redirect:/market/posts/" + id + "/matches";
        } catch (InvalidPost e) {
            response.setStatus(422);
            return form(form, null, errors(e, locale), model);
        }
    }

    @GetMapping("/posts/{id}/edit")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String edit(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        Post post = market.own(user, id);
        return form(PostForm.of(post), post, Map.of(), model);
    }

    @PostMapping("/posts/{id}")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String update(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @ModelAttribute("form") PostForm form,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        Post post = market.own(user, id);
        try {
            market.update(user, id, form);
        } catch (InvalidPost e) {
            response.setStatus(422);
            return form(form, post, errors(e, locale), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            Post now = market.own(user, id);
            form.setVersion(String.valueOf(now.version()));
            return form(form, now, Map.of("", List.of(messages.getMessage(e.messageKey(), null, locale))), model);
        }
        redirect.addFlashAttribute("flash", "market.post.saved");
        return "redirect:/market/posts/" + id;
    }

    @PostMapping("/posts/{id}/close")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String close(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, RedirectAttributes redirect) {
        market.close(user, id, version);
        redirect.addFlashAttribute("flash", "market.post.closedDone");
        return "redirect:/market/mine";
    }

    @GetMapping("/posts/{id}/matches")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String matches(@AuthenticationPrincipal GxqUser user, @PathVariable long id, Model model) {
        return matchesPage(user, id, null, null, Map.of(), model);
    }

    @PostMapping("/posts/{id}/requests")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String request(@AuthenticationPrincipal GxqUser user, @PathVariable long id, @RequestParam long target,
            @RequestParam(required = false) String message, HttpServletResponse response, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            market.request(user, id, target, message);
        } catch (UserInputException e) {
            response.setStatus(422);
            return matchesPage(user, id, target, message,
                    Map.of("message", List.of(messages.getMessage(e.messageKey(), e.args(), locale))), model);
        }
        redirect.addFlashAttribute("flash", "market.request.sent");
        return "redirect:/market/posts/" + id + "/matches";
    }

    @PostMapping("/requests/{id}/accept")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String accept(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, RedirectAttributes redirect) {
        market.decide(user, id, true, version);
        redirect.addFlashAttribute("flash", "market.request.acceptedDone");
        return "redirect:/market/mine";
    }

    @PostMapping("/requests/{id}/decline")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String decline(@AuthenticationPrincipal GxqUser user, @PathVariable long id,
            @RequestParam(required = false) String version, RedirectAttributes redirect) {
        market.decide(user, id, false, version);
        redirect.addFlashAttribute("flash", "market.request.declinedDone");
        return "redirect:/market/mine";
    }

    /** Reading the contacts is a deliberate, audited action: a POST, answered with the page (never cached). */
    @PostMapping("/requests/{id}/contacts")
    @PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
    String contacts(@AuthenticationPrincipal GxqUser user, @PathVariable long id, HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("contacts", market.contacts(user, id));
        return "market/contacts";
    }

    private String matchesPage(GxqUser user, long id, Long target, String message, Map<String, List<String>> errors,
            Model model) {
        Post post = market.own(user, id);
        model.addAttribute("post", post);
        model.addAttribute("suggestions", market.suggestions(user, id));
        model.addAttribute("target", target);
        model.addAttribute("message", message);
        model.addAttribute("errors", errors);
        model.addAttribute("maxMessage", MarketService.MAX_MESSAGE);
        model.addAttribute("categoryPoints", MatchScore.CATEGORY_POINTS);
        common(model);
        return "market/matches";
    }

    private String form(PostForm form, Post post, Map<String, List<String>> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("post", post);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", errors.values().stream().flatMap(List::stream).toList());
        common(model);
        return "market/form";
    }

    private void common(Model model) {
        model.addAttribute("sides", Side.values());
        model.addAttribute("categories", Category.values());
        List<Region> provinces = regions.provinces();
        Map<Region, List<Region>> cities = new LinkedHashMap<>();
        Map<String, String> names = new java.util.HashMap<>();
        for (Region p : provinces) {
            List<Region> cs = regions.citiesOf(p.code());
            if (!cs.isEmpty()) {
                cities.put(p, cs);
            }
            names.put(p.code(), p.name());
            cs.forEach(c -> names.put(c.code(), c.name()));
        }
        model.addAttribute("provinces", provinces);
        model.addAttribute("citiesByProvince", cities);
        model.addAttribute("regionNames", names);
        model.addAttribute("today", market.today());
    }

    private Map<String, List<String>> errors(InvalidPost e, Locale locale) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (InvalidPost.Problem p : e.problems()) {
            map.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(messages.getMessage(p.key(), p.args(), locale));
        }
        return map;
    }

    private static String code(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{6}")) {
            throw UserInputException.onField(field, "market.board.badRegion");
        }
        return value.strip();
    }
}
