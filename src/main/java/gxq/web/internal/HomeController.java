package gxq.web.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import gxq.web.AttentionItems;
import gxq.web.HomePanels;
import gxq.web.HomeTiles;

/** The home page: what needs attention, every module's figures and larger panels for the signed-in account. */
@Controller
class HomeController {

    private final List<HomeTiles> sources;
    private final List<AttentionItems> attention;
    private final List<HomePanels> panels;

    HomeController(List<HomeTiles> sources, List<AttentionItems> attention, List<HomePanels> panels) {
        this.sources = sources;
        this.attention = attention;
        this.panels = panels;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Authentication auth, Model model) {
        model.addAttribute("tiles", sources.stream().flatMap(s -> s.tiles(auth).stream())
                .sorted(Comparator.comparingInt(HomeTiles.Tile::order)).toList());
        model.addAttribute("attention", attention.stream().flatMap(s -> s.items(auth).stream())
                .filter(i -> i.count() > 0).sorted(Comparator.comparingInt(AttentionItems.Item::order)).toList());
        List<HomePanels.Panel> shown = panels.stream().flatMap(p -> p.panels(auth).stream())
                .sorted(Comparator.comparingInt(HomePanels.Panel::order)).toList();
        shown.forEach(p -> model.addAllAttributes(p.model()));
        model.addAttribute("panels", shown);
        return "home";
    }
}
