package servicesim.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The installation's Ed25519 signing key, kept in a file outside the database (readable by its owner only): whoever
 * can change the database cannot sign a checkpoint. The JDK signs and verifies; the public key (X.509, base64) and its
 * id (the first 16 hex digits of its SHA-256) are what auditors keep.
 */
public final class LedgerKey {

  public static final String FILE = "ledger-key";
  private static final String HEADER = "# ServiceSim ledger signing key (Ed25519). Keep it secret, keep it safe; "
      + "auditors need only the public key.";
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private final PrivateKey privateKey;
  private final PublicKey publicKey;

  private LedgerKey(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /** A key read from its file, or created there (owner-only) when there is none; {@code created} says which. */
  public record Loaded(LedgerKey key, Path file, boolean created) {}

  public static Loaded loadOrCreate(Path file) throws LedgerException {
    if (Files.exists(file)) return new Loaded(load(file), file, false);
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      LedgerKey key = new LedgerKey(pair.getPrivate(), pair.getPublic());
      write(file, HEADER + "\nprivate: " + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())
          + "\npublic: " + key.publicKeyBase64() + "\n");
      return new Loaded(key, file, true);
    } catch (GeneralSecurityException e) {
      throw new LedgerException("this Java runtime cannot create Ed25519 keys: " + e.getMessage());
    }
  }

  public static LedgerKey load(Path file) throws LedgerException {
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(perms)) {
          throw new LedgerException("the ledger key " + file + " is readable by others ("
              + PosixFilePermissions.toString(perms) + "); make it owner-only: chmod 600 " + file);
        }
      }
      Map<String, String> fields = new TreeMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int colon = line.indexOf(": ");
        if (!line.startsWith("#") && colon > 0) fields.put(line.substring(0, colon), line.substring(colon + 2).trim());
      }
      if (!fields.containsKey("private") || !fields.containsKey("public")) {
        throw new LedgerException("the ledger key " + file + " is not a ServiceSim key file");
      }
      KeyFactory kf = KeyFactory.getInstance("Ed25519");
      PrivateKey priv = kf.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(fields.get("private"))));
      PublicKey pub = publicKey(fields.get("public"));
      LedgerKey key = new LedgerKey(priv, pub);
      if (!verify(pub, new byte[] {42}, key.sign(new byte[] {42}))) {
        throw new LedgerException("the ledger key " + file + " holds a public key that is not its private key's");
      }
      return key;
    } catch (NoSuchFileException e) {
      throw new LedgerException("no ledger key at " + file);
    } catch (IOException e) {
      throw new LedgerException("cannot read the ledger key " + file + ": " + e.getMessage());
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new LedgerException("the ledger key " + file + " cannot be read as Ed25519: " + e.getMessage());
    }
  }

  public byte[] sign(byte[] data) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(privateKey);
      s.update(data);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  public String publicKeyBase64() {
    return Base64.getEncoder().encodeToString(publicKey.getEncoded());
  }

  public String keyId() {
    return keyId(publicKey);
  }

  public static String keyId(PublicKey key) {
    return HexFormat.of().formatHex(MerkleTree.sha256().digest(key.getEncoded())).substring(0, 16);
  }

  /** A public key as {@link #publicKeyBase64()} writes it. */
  public static PublicKey publicKey(String base64) throws LedgerException {
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
          .decode(base64.trim())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new LedgerException("not an Ed25519 public key: " + e.getMessage());
    }
  }

  public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key);
      s.update(data);
      return s.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static void write(Path file, String text) throws LedgerException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LedgerException("cannot write the ledger key " + file + ": " + e.getMessage());
    }
  }
}
