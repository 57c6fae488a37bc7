package gxq.health.code;

/**
 * Encrypts a private key before it is stored and decrypts it when the key ring loads. Sealing binds the blob to its
 * key id, so a blob copied onto another key's row does not open.
 */
public interface PrivateKeySealer {

    byte[] seal(byte[] privateKey, KeyId keyId);

    /** @throws IllegalStateException if the blob was altered, belongs to another key id or another sealing key */
    byte[] open(byte[] sealed, KeyId keyId);
}
