package gxq.health.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import gxq.region.Region;
import gxq.region.Regions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns stored reasons ({@code FEVER(37.8, 2020-02-10)}, see {@link gxq.health.rules.Reason}) into sentences for
 * people: message {@code health.reason.<CODE>} with the arguments as {0}, {1}, ... A colour argument
 * ({@code GREEN}) is shown by its name ({@code health.colour.GREEN}). Unknown codes are shown as stored.
 */
@Component
public class ReasonTexts {

    private final MessageSource messages;
    private final Regions regions;

    ReasonTexts(MessageSource messages, Regions regions) {
        this.messages = messages;
        this.regions = regions;
    }

    /** Stored reasons joined by "; " (as in {@code health_status.reasons}) to sentences in the current locale. */
    public List<String> describeAll(String storedJoined) {
        List<String> out = new ArrayList<>();
        for (String stored : split(storedJoined)) {
            out.add(describe(stored));
        }
        return out;
    }

    public List<String> describeAll(List<String> stored) {
        return stored.stream().map(this::describe).toList();
    }

    public String describe(String stored) {
        Locale locale = LocaleContextHolder.getLocale();
        int open = stored.indexOf('(');
        String code = open < 0 ? stored.strip() : stored.substring(0, open).strip();
        List<String> args = new ArrayList<>();
        if (open >= 0 && stored.endsWith(")")) {
            String inner = stored.substring(open + 1, stored.length() - 1);
            if (!inner.isBlank()) {
                for (String a : inner.split(", ", -1)) {
                    args.add(a);
                }
            }
        }
        if (code.equals("SYMPTOMS") && args.size() > 2) { // (date, symptom, symptom...): list the symptoms as one
            args = new ArrayList<>(List.of(args.get(0), String.join("、", args.subList(1, args.size()))));
        }
        Object[] shown = args.stream().map(a -> localizeArg(a, locale)).toArray();
        return messages.getMessage("health.reason." + code, shown, stored, locale);
    }

    /** Splits the stored form "A(x, y); B()" into its reasons. */
    public static List<String> split(String storedJoined) {
        if (storedJoined == null || storedJoined.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : storedJoined.split("; ")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** Joins reasons to their stored form. */
    public static String join(List<String> reasons) {
        return String.join("; ", reasons);
    }

    private String localizeArg(String arg, Locale locale) {
        return switch (arg) {
            case "GREEN", "YELLOW", "RED" -> messages.getMessage("health.colour." + arg, null, arg, locale);
            case "-" -> messages.getMessage("health.reason.none", null, "-", locale);
            default -> arg.length() == 6 && arg.chars().allMatch(Character::isDigit)
                    ? regions.find(arg).map(Region::name).orElse(arg)
                    : arg;
        };
    }
}
