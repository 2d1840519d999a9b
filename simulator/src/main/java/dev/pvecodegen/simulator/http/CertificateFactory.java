package dev.pvecodegen.simulator.http;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates the self-signed node certificate a fresh Proxmox node has ({@code pve-ssl.pem}): RSA 2048, SHA-256,
 * valid for the node name, {@code localhost} and the loopback addresses.
 */
public final class CertificateFactory {

    /** The generated certificate and a TLS context serving it. */
    public record NodeCertificate(X509Certificate certificate, SSLContext sslContext, String sha256Fingerprint) {}

    private static KeyPair sharedKeys;

    private CertificateFactory() {}

    /**
     * One RSA key pair per JVM: generating a 2048-bit key takes up to seconds on a busy machine, and tests start
     * many simulators. Each instance still gets its own certificate (serial, validity), hence its own fingerprint.
     */
    private static synchronized KeyPair keys() throws GeneralSecurityException {
        if (sharedKeys == null) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            sharedKeys = generator.generateKeyPair();
        }
        return sharedKeys;
    }

    public static NodeCertificate create(String nodeName, String bindAddress) {
        try {
            KeyPair keys = keys();
            Instant now = Instant.now();
            X500Name subject =
                    new X500Name("CN=" + nodeName + ".simulator,OU=PVE Cluster Node,O=Proxmox Virtual Environment");
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    subject,
                    new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(730))),
                    subject,
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, false, new BasicConstraints(false));
            builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames(nodeName, bindAddress));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return new NodeCertificate(certificate, sslContext(keys, certificate), fingerprint(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot create the simulator certificate", e);
        }
    }

    /** SHA-256 of the DER encoding in the {@code AB:CD:…} form Proxmox shows. */
    public static String fingerprint(X509Certificate certificate) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }

    private static GeneralNames alternativeNames(String nodeName, String bindAddress) {
        List<GeneralName> names = new ArrayList<>();
        names.add(new GeneralName(GeneralName.dNSName, "localhost"));
        names.add(new GeneralName(GeneralName.dNSName, nodeName.toLowerCase(Locale.ROOT)));
        names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
        names.add(new GeneralName(GeneralName.iPAddress, "::1"));
        if (isIpLiteral(bindAddress) && !bindAddress.equals("127.0.0.1") && !bindAddress.equals("::1")) {
            names.add(new GeneralName(GeneralName.iPAddress, bindAddress));
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    private static boolean isIpLiteral(String address) {
        return address.matches("[0-9.]+") || address.contains(":");
    }

    private static SSLContext sslContext(KeyPair keys, X509Certificate certificate)
            throws GeneralSecurityException, IOException {
        char[] password = new char[0];
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("pve-ssl", keys.getPrivate(), password, new X509Certificate[] {certificate});
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(store, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, new SecureRandom());
        return context;
    }
}
