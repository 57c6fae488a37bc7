/**
 * Supply and demand board across zones (供需对接): enterprises post what they offer or need, the platform suggests
 * matching posts of other enterprises ranked by category, Chinese keywords, distance between cities and dates, and
 * contact details are revealed only after both sides agree. See docs/market.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Market")
package gxq.market;
