package gxq.account;

/** An opened account. {@code initialPassword} is shown once to the admin and must be changed at first login. */
public record CreatedAccount(long id, String username, String initialPassword) {
}
