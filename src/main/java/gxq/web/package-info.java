/**
 * Shared look: layout, navigation, home page, error pages, i18n. No business rules. Modules add themselves to the
 * navigation with {@link gxq.web.NavItem} beans and to the home page with {@link gxq.web.HomeTiles},
 * {@link gxq.web.AttentionItems} and {@link gxq.web.HomePanels} beans, so this module depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package gxq.web;
