package dev.pvecodegen.runtime.testing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates minted in-process: a cluster CA like {@code pve-root-ca.pem}, node certificates it signs, and
 * unrelated self-signed certificates.
 */
public final class TestCertificates {
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    /** One shared CA per test run; minting is cheap but there is no need to repeat it. */
    public static final TestCertificates CA = new TestCertificates("CN=Proxmox Virtual Environment Test CA");

    private final KeyPair caKeys;
    private final X509Certificate caCertificate;

    private TestCertificates(String caName) {
        try {
            caKeys = newKeys();
            X500Name name = new X500Name(caName);
            X509v3CertificateBuilder builder = builder(name, name, caKeys)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            caCertificate = sign(builder, caKeys);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    public String caPem() {
        return pem(caCertificate);
    }

    /** A node certificate signed by this CA, valid for the given DNS names and IP addresses. */
    public ServerIdentity issue(String... namesAndIps) {
        try {
            KeyPair keys = newKeys();
            X509v3CertificateBuilder builder = builder(caName(), new X500Name("CN=" + namesAndIps[0]), keys)
                    .addExtension(Extension.subjectAlternativeName, false, alternativeNames(namesAndIps));
            return new ServerIdentity(keys, List.of(sign(builder, caKeys), caCertificate));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed certificate nobody trusts, as a fresh PVE node has before it joins a cluster. */
    public static ServerIdentity selfSigned(String... namesAndIps) {
        try {
            KeyPair keys = newKeys();
            X500Name name = new X500Name("CN=" + namesAndIps[0]);
            X509v3CertificateBuilder builder = builder(name, name, keys)
                    .addExtension(Extension.subjectAlternativeName, false, alternativeNames(namesAndIps));
            return new ServerIdentity(keys, List.of(sign(builder, keys)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private X500Name caName() {
        return new X500Name(caCertificate.getSubjectX500Principal().getName());
    }

    private static GeneralNames alternativeNames(String... namesAndIps) {
        GeneralName[] names = new GeneralName[namesAndIps.length];
        for (int i = 0; i < namesAndIps.length; i++) {
            String value = namesAndIps[i];
            names[i] = new GeneralName(value.matches("[0-9.]+") ? GeneralName.iPAddress : GeneralName.dNSName, value);
        }
        return new GeneralNames(names);
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(
                issuer,
                BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(30))),
                subject,
                keys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer) throws Exception {
        ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
    }

    private static KeyPair newKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server's key and certificate chain, ready for an {@link SSLContext}. */
    public record ServerIdentity(KeyPair keys, List<X509Certificate> chain) {
        public X509Certificate certificate() {
            return chain.get(0);
        }

        public SSLContext sslContext() {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                char[] password = "test".toCharArray();
                store.setKeyEntry("server", keys.getPrivate(), password, chain.toArray(new X509Certificate[0]));
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(store, password);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(factory.getKeyManagers(), null, null);
                return context;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
