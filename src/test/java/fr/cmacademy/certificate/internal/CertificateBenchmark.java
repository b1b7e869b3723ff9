package fr.cmacademy.certificate.internal;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.EdECPrivateKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.cmacademy.certificate.Certificate;
import fr.cmacademy.certificate.CertificateKind;
import fr.cmacademy.certificate.VerificationCodes;
import fr.cmacademy.certificate.internal.KeyRepository.SigningKey;
import fr.cmacademy.shared.Text;

/**
 * Prints how long one certificate takes to produce: the PDF with its QR code, the signed
 * Open Badges credential, and checking that credential. Run with
 * {@code ./mvnw -Pbench -DskipTests test}; figures, never assertions.
 */
public final class CertificateBenchmark {

	private static final int WARM_UP = 30;

	private static final int RUNS = 200;

	public static void main(String[] args) throws Exception {
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		byte[] encoded = pair.getPublic().getEncoded();
		byte[] publicKey = Arrays.copyOfRange(encoded, 12, encoded.length);
		SigningKey key = new SigningKey(1, publicKey, ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow());
		KeyRepository keys = new KeyRepository(null) {
			@Override
			public Optional<PublicKey> publicKey(long id) {
				return Optional.of(new PublicKey(id, publicKey, Instant.now()));
			}
		};
		Credentials credentials = new Credentials("https://academy.example", keys);
		Certificate certificate = new Certificate(1, 1L, CertificateKind.CERTIFICATE, "cm-certification", 1,
				VerificationCodes.generate(), "Camille Lefèvre", "fr",
				new Text("Community Manager certifié·e", "Certified Community Manager"), Instant.now(),
				Instant.now().plusSeconds(63_072_000), null, null, null);
		Text description = new Text("A terminé les six modules.", "Completed the six modules.");
		List<Text> skills = List.of(new Text("Écrire pour une communauté", "Writing for a community"),
				new Text("Modérer avec une charte", "Moderating with guidelines"));
		CertificatePdf.Labels labels = new CertificatePdf.Labels("Certificat de réussite", "Nous certifions que",
				"a rempli toutes les conditions de la certification", "DÉLIVRÉ LE", "VALIDE JUSQU’AU", "COMPÉTENCES",
				"Vérifiable à tout moment sur", "CODE DE VÉRIFICATION", "CM Academy");
		String url = credentials.verificationUrl(certificate.code());
		List<String> skillTexts = skills.stream().map(Text::fr).toList();

		String[] json = new String[1];
		measure("PDF + QR code", () -> CertificatePdf.render(certificate, skillTexts, url, labels));
		measure("Signed credential (eddsa-rdfc-2022)",
				() -> json[0] = credentials.sign(certificate, description, skills, key));
		measure("Credential check", () -> {
			if (!credentials.verify(json[0]).valid()) {
				throw new IllegalStateException("the benchmark's credential does not verify");
			}
		});
		measure("PDF + QR + signature (one issuance)", () -> {
			CertificatePdf.render(certificate, skillTexts, url, labels);
			credentials.sign(certificate, description, skills, key);
		});
	}

	private static void measure(String what, Runnable task) {
		for (int i = 0; i < WARM_UP; i++) {
			task.run();
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			task.run();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT, "%-40s median %6.1f ms   p90 %6.1f ms   min %6.1f ms   (%d runs)%n", what,
				nanos[RUNS / 2] / 1e6, nanos[RUNS * 9 / 10] / 1e6, nanos[0] / 1e6, RUNS);
	}

}
