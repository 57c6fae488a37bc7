package gxq.web.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import gxq.web.HomeTiles;

/** The home page: every module's figures for the signed-in account. */
@Controller
class HomeController {

    private final List<HomeTiles> sources;

    HomeController(List<HomeTiles> sources) {
        this.sources = sources;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Authentication auth, Model model) {
        model.addAttribute("tiles", sources.stream().flatMap(s -> s.tiles(auth).stream())
                .sorted(Comparator.comparingInt(HomeTiles.Tile::order)).toList());
        return "home";
    }
}
