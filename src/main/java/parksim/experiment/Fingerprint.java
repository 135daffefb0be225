package parksim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A short hash of what an experiment is made of, so a result folder is only resumed or merged with results of the same one. */
public final class Fingerprint {
    private Fingerprint() {}

    /** The first 8 bytes of the SHA-256 of the tree's JSON text, in hex. */
    public static String of(JsonNode content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) sb.append(String.format("%02x", hash[i]));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
