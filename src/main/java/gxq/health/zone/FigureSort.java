package gxq.health.zone;

import gxq.common.web.UserInputException;

/** Orders of the per-enterprise table. Lowest rate first is the default: those enterprises need a reminder. */
enum FigureSort {
    RATE("rate", "t.declared * 1.0 / t.employees asc, n.name, t.id"),
    RATE_DESC("-rate", "t.declared * 1.0 / t.employees desc, n.name, t.id"),
    RED("red", "t.red desc, t.yellow desc, n.name, t.id"),
    NAME("name", "n.name, t.id");

    final String param;
    final String orderBy;

    FigureSort(String param, String orderBy) {
        this.param = param;
        this.orderBy = orderBy;
    }

    static FigureSort parse(String text) {
        if (text == null || text.isBlank()) {
            return RATE;
        }
        for (FigureSort s : values()) {
            if (s.param.equals(text.strip())) {
                return s;
            }
        }
        throw UserInputException.onField("sort", "hzone.overview.sort.invalid", text);
    }

    public String param() {
        return param;
    }
}
