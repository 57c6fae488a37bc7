package gxq.exchange.help;

/** What a zone asks for: epidemic supplies (masks…), staff, transport and logistics, premises, other. */
enum HelpCategory {
    SUPPLIES, STAFF, TRANSPORT, VENUE, OTHER
}
