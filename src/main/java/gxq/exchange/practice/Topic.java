package gxq.exchange.practice;

/** Topics a shared item is tagged with (one or more). */
enum Topic {
    EPIDEMIC_CONTROL, RESUMPTION, ENTERPRISE_SERVICE, DIGITAL_TOOL, FINANCE, STAFFING, LOGISTICS
}
