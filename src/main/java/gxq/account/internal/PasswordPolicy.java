package gxq.account.internal;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Password complexity (等保 2.0 level 3 style): at least 10 characters, at least three of upper case, lower case,
 * digits and symbols, and not containing the username.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "@#%+=!?";

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, or empty. */
    static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("account.password.tooShort");
        }
        if (password.length() > 128) {
            return Optional.of("account.password.tooLong");
        }
        int classes = 0;
        if (password.chars().anyMatch(Character::isUpperCase)) classes++;
        if (password.chars().anyMatch(Character::isLowerCase)) classes++;
        if (password.chars().anyMatch(Character::isDigit)) classes++;
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) classes++;
        if (classes < 3) {
            return Optional.of("account.password.weak");
        }
        if (username != null && username.length() >= 3 && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("account.password.containsUsername");
        }
        return Optional.empty();
    }

    /** A random initial password that satisfies the policy (12 characters, all four classes). */
    static String generate() {
        String all = UPPER + LOWER + DIGITS + SYMBOLS;
        char[] c = new char[12];
        c[0] = UPPER.charAt(RANDOM.nextInt(UPPER.length()));
        c[1] = LOWER.charAt(RANDOM.nextInt(LOWER.length()));
        c[2] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
        c[3] = SYMBOLS.charAt(RANDOM.nextInt(SYMBOLS.length()));
        for (int i = 4; i < c.length; i++) {
            c[i] = all.charAt(RANDOM.nextInt(all.length()));
        }
        for (int i = c.length - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char t = c[i];
            c[i] = c[j];
            c[j] = t;
        }
        return new String(c);
    }
}
