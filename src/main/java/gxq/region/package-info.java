/**
 * Administrative divisions (GB/T 2260 provinces and prefecture-level cities) and the epidemic risk level of cities
 * over time. Public API: {@link gxq.region.Regions}, {@link gxq.region.CityRisks}, {@link gxq.region.RiskLevel}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
package gxq.region;
