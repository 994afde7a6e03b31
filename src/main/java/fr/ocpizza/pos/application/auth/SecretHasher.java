package fr.ocpizza.pos.application.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * bcrypt, salted and slow on purpose: a 4-digit PIN has only 10,000 values, so each guess must
 * cost real time. Cost 10 is about 60 ms here.
 */
public final class SecretHasher {

    private static final int COST = 10;
    // Verified against when the login does not exist, so that unknown logins take as long as wrong PINs.
    private static final String DECOY = BCrypt.withDefaults().hashToString(COST, "decoy-secret".toCharArray());

    private SecretHasher() {
    }

    public static String hash(String secret) {
        return BCrypt.withDefaults().hashToString(COST, secret.toCharArray());
    }

    public static boolean matches(String secret, String hash) {
        return BCrypt.verifyer().verify(secret.toCharArray(), hash == null ? DECOY : hash).verified && hash != null;
    }
}
