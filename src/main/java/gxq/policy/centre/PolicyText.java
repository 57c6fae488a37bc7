package gxq.policy.centre;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import gxq.org.ZoneSummary;
import gxq.org.Zones;

/** Whom a policy applies to, and why it applies to an enterprise, in the reader's language. */
@Component
class PolicyText {

    private final MessageSource messages;
    private final Zones zones;

    PolicyText(MessageSource messages, Zones zones) {
        this.messages = messages;
        this.zones = zones;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private Map<String, String> provinceNames() {
        Map<String, String> names = new HashMap<>();
        zones.all().forEach(z -> names.putIfAbsent(z.provinceCode(), z.provinceName()));
        return names;
    }

    private String zoneName(long id) {
        return zones.find(id).map(ZoneSummary::name).orElse("#" + id);
    }

    /** One line per stated criterion; "所有企业" when none. */
    List<String> describe(Applicability a) {
        List<String> lines = new ArrayList<>();
        if (a.anyone()) {
            lines.add(msg("policy.applies.anyone"));
            return lines;
        }
        if (!a.sizes().isEmpty()) {
            lines.add(msg("policy.applies.sizes", a.sizes().stream().sorted().map(s -> msg(s.labelKey()))
                    .collect(Collectors.joining("、"))));
        }
        if (!a.industries().isEmpty()) {
            lines.add(msg("policy.applies.industries", a.industries().stream().sorted().map(i -> msg(i.labelKey()))
                    .collect(Collectors.joining("、"))));
        }
        if (a.techSmeOnly()) {
            lines.add(msg("policy.applies.techSme"));
        }
        if (a.highTechOnly()) {
            lines.add(msg("policy.applies.highTech"));
        }
        if (a.epidemicHitOnly()) {
            lines.add(msg("policy.applies.epidemicHit"));
        }
        if (!a.provinces().isEmpty() || !a.zones().isEmpty()) {
            Map<String, String> names = provinceNames();
            List<String> areas = new ArrayList<>();
            a.provinces().stream().sorted().forEach(p -> areas.add(names.getOrDefault(p, p)));
            a.zones().stream().sorted().forEach(z -> areas.add(zoneName(z)));
            lines.add(msg("policy.applies.area", String.join("、", areas)));
        }
        return lines;
    }

    /** "科技型中小企业；湖北省" — or "所有企业" when the policy states no criterion. */
    String reasons(List<Applicability.Reason> reasons) {
        if (reasons.isEmpty()) {
            return msg("policy.applies.anyone");
        }
        Map<String, String> names = null;
        List<String> parts = new ArrayList<>();
        for (Applicability.Reason r : reasons) {
            String arg = r.arg();
            if (arg != null) {
                switch (r.key()) {
                    case "policy.reason.size", "policy.reason.industry" -> arg = msg(arg);
                    case "policy.reason.province" -> {
                        if (names == null) {
                            names = provinceNames();
                        }
                        arg = names.getOrDefault(arg, arg);
                    }
                    case "policy.reason.zone" -> arg = zoneName(Long.parseLong(arg));
                    default -> {
                    }
                }
            }
            parts.add(msg(r.key(), arg));
        }
        return String.join(msg("policy.reason.separator"), parts);
    }
}
