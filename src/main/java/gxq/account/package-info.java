/**
 * Accounts, roles, tenant scope, login policy and the audit log. Public API: {@link gxq.account.Role},
 * {@link gxq.account.TenantScope}, {@link gxq.account.GxqUser}, {@link gxq.account.Accounts}, {@link gxq.account.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package gxq.account;
