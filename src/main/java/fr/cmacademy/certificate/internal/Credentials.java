package fr.cmacademy.certificate.internal;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.ld.DocumentError;
import com.apicatalog.ld.signature.SigningError;
import com.apicatalog.ld.signature.VerificationError;
import com.apicatalog.ld.signature.VerificationMethod;
import com.apicatalog.ld.signature.eddsa.EdDSASignature2022;
import com.apicatalog.multikey.MultiKey;
import com.apicatalog.vc.Verifiable;
import com.apicatalog.vc.integrity.DataIntegrityProofDraft;
import com.apicatalog.vc.method.resolver.MethodResolver;
import com.apicatalog.vc.proof.Proof;
import com.apicatalog.vc.verifier.Verifier;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.cmacademy.certificate.Certificate;
import fr.cmacademy.certificate.CertificateKind;
import fr.cmacademy.certificate.internal.KeyRepository.SigningKey;
import fr.cmacademy.shared.Text;

/**
 * Open Badges 3.0 credentials ({@code OpenBadgeCredential}, W3C VC 2.0 data model) signed
 * with a Data Integrity proof, cryptosuite {@code eddsa-rdfc-2022}, by iron. The
 * verification method is one of the issuer's keys, resolved from the database, and every
 * JSON-LD context is bundled: verifying needs no network.
 */
@Component
public class Credentials {

	/** What checking an uploaded credential found. */
	public record Check(boolean valid, @Nullable String credentialId, String reason) {
	}

	private static final URI ASSERTION = URI.create("https://w3id.org/security#assertionMethod");

	private final String baseUrl;

	private final KeyRepository keys;

	private final EdDSASignature2022 suite = new EdDSASignature2022();

	Credentials(@Value("${cm.public-url:http://localhost:8080}") String baseUrl, KeyRepository keys) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.keys = keys;
	}

	public String baseUrl() {
		return baseUrl;
	}

	public String issuerId() {
		return baseUrl + "/issuer";
	}

	public String verificationUrl(String code) {
		return baseUrl + "/verify/" + code;
	}

	public String keyId(long keyId) {
		return issuerId() + "/keys/" + keyId;
	}

	/** The signed credential of a certificate, as JSON text. */
	public String sign(Certificate certificate, Text description, List<Text> skills, SigningKey key) {
		Locale locale = Locale.of(certificate.language());
		JsonObject unsigned = unsigned(certificate, description.in(locale),
				skills.stream().map(s -> s.in(locale)).toList());
		return signed(unsigned, certificate.issuedAt(), key);
	}

	/**
	 * The credential with its holder's name replaced by a salted hash (Open Badges'
	 * hashed IdentityObject), signed again by the current key: what the issuer keeps once
	 * the holder's data is erased. The copy the holder downloaded keeps verifying, since
	 * the key that signed it is kept.
	 */
	public String withHashedHolder(String credential, String identityHash, String salt, SigningKey key) {
		JsonObject document;
		try (JsonReader reader = Json.createReader(new StringReader(credential))) {
			document = reader.readObject();
		}
		JsonObjectBuilder subject = Json.createObjectBuilder(document.getJsonObject("credentialSubject"))
			.add("identifier",
					Json.createArrayBuilder()
						.add(Json.createObjectBuilder()
							.add("type", "IdentityObject")
							.add("identityType", "name")
							.add("hashed", true)
							.add("identityHash", identityHash)
							.add("salt", salt)));
		JsonObject unsigned = Json.createObjectBuilder(document)
			.remove("proof")
			.add("credentialSubject", subject)
			.build();
		return signed(unsigned, Instant.parse(document.getString("validFrom")), key);
	}

	private String signed(JsonObject unsigned, Instant created, SigningKey key) {
		MultiKey pair = new MultiKey();
		pair.setId(URI.create(keyId(key.id())));
		pair.setController(URI.create(issuerId()));
		pair.setPublicKey(key.publicKey());
		pair.setPrivateKey(key.privateKey());
		try {
			DataIntegrityProofDraft draft = suite.createDraft(URI.create(keyId(key.id())), ASSERTION);
			draft.created(created.truncatedTo(ChronoUnit.SECONDS));
			JsonObject signed = suite.createIssuer(pair)
				.loader(BundledContexts.LOADER)
				.useBundledContexts(false)
				.sign(unsigned, draft)
				.compacted();
			// The proof is over the canonical RDF, so it holds for the document as built;
			// keep that one (iron's compaction would rename terms, e.g. to an alias
			// type).
			return Json.createObjectBuilder(unsigned).add("proof", signed.getJsonObject("proof")).build().toString();
		}
		catch (DocumentError | SigningError ex) {
			throw new IllegalStateException("Could not sign credential " + unsigned.getString("id", ""), ex);
		}
	}

	/**
	 * Checks a credential: well-formed, signed by one of this issuer's keys, and not
	 * changed since. Says nothing of revocation or expiry, which the caller looks up.
	 */
	public Check verify(String json) {
		JsonObject document;
		try (JsonReader reader = Json.createReader(new StringReader(json))) {
			document = reader.readObject();
		}
		catch (RuntimeException ex) {
			return new Check(false, null, "not-json");
		}
		String id = document.containsKey("id") && document.get("id") instanceof jakarta.json.JsonString s
				? s.getString() : null;
		try {
			Verifiable verified = Verifier.with(suite)
				.loader(BundledContexts.LOADER)
				.useBundledContexts(false)
				// Revocation is the database's to say (the caller looks the code up), and
				// iron's generic status check does not know the 1EdTech revocation list.
				.statusValidator(status -> {
				})
				.methodResolvers(List.of(new IssuerKeyResolver()))
				.verify(document);
			if (!verified.isCredential()) {
				return new Check(false, id, "not-a-credential");
			}
			return new Check(true, id, "ok");
		}
		catch (VerificationError ex) {
			if (ex.getCode() == VerificationError.Code.Expired) {
				// Expiry is the issuer's to say (its clock), not a broken signature.
				return new Check(true, id, "expired");
			}
			return new Check(false, id, "signature: " + ex.getCode());
		}
		catch (DocumentError ex) {
			return new Check(false, id, "malformed: " + ex.getCode());
		}
		catch (RuntimeException ex) {
			return new Check(false, id, "malformed: " + ex);
		}
	}

	private JsonObject unsigned(Certificate c, String description, List<String> skills) {
		Locale locale = Locale.of(c.language());
		String name = c.title().in(locale);
		String subjectPath = c.kind() == CertificateKind.CERTIFICATE ? "/programmes/" : "/modules/";
		JsonArrayBuilder tags = Json.createArrayBuilder();
		skills.forEach(tags::add);
		JsonObjectBuilder achievement = Json.createObjectBuilder()
			.add("id", issuerId() + subjectPath + c.subjectId())
			.add("type", Json.createArrayBuilder().add("Achievement"))
			.add("achievementType", c.kind() == CertificateKind.CERTIFICATE ? "Certificate" : "Badge")
			.add("name", name)
			.add("description", description)
			.add("criteria", Json.createObjectBuilder().add("narrative", description))
			.add("inLanguage", c.language());
		if (!skills.isEmpty()) {
			achievement.add("tag", tags);
		}
		JsonObjectBuilder credential = Json.createObjectBuilder()
			.add("@context",
					Json.createArrayBuilder()
						.add("https://www.w3.org/ns/credentials/v2")
						.add(BundledContexts.OB_CONTEXT))
			.add("id", verificationUrl(c.code()))
			.add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
			.add("name", name)
			.add("issuer",
					Json.createObjectBuilder()
						.add("id", issuerId())
						.add("type", Json.createArrayBuilder().add("Profile"))
						.add("name", "CM Academy")
						.add("url", baseUrl))
			.add("validFrom", iso(c.issuedAt()))
			.add("credentialSubject",
					Json.createObjectBuilder()
						.add("type", Json.createArrayBuilder().add("AchievementSubject"))
						.add("identifier",
								Json.createArrayBuilder()
									.add(Json.createObjectBuilder()
										.add("type", "IdentityObject")
										.add("identityType", "name")
										.add("hashed", false)
										.add("identityHash", c.holderName())))
						.add("achievement", achievement))
			.add("credentialStatus",
					Json.createObjectBuilder()
						.add("id", issuerId() + "/revocations#" + c.code())
						.add("type", "1EdTechRevocationList"));
		if (c.validUntil() != null) {
			credential.add("validUntil", iso(c.validUntil()));
		}
		return credential.build();
	}

	private static String iso(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	/** Resolves this issuer's key URLs from the database; refuses any other method. */
	private final class IssuerKeyResolver implements MethodResolver {

		@Override
		public VerificationMethod resolve(URI id, DocumentLoader loader, Proof proof) throws DocumentError {
			String prefix = issuerId() + "/keys/";
			try {
				long keyId = Long.parseLong(id.toString().substring(prefix.length()));
				return keys.publicKey(keyId).map(k -> {
					MultiKey key = new MultiKey();
					key.setId(id);
					key.setController(URI.create(issuerId()));
					key.setPublicKey(k.publicKey());
					return key;
				}).orElseThrow(() -> new DocumentError(DocumentError.ErrorType.Unknown, "VerificationMethod"));
			}
			catch (NumberFormatException ex) {
				throw new DocumentError(DocumentError.ErrorType.Invalid, "VerificationMethod");
			}
		}

		@Override
		public boolean isAccepted(URI id) {
			return id.toString().startsWith(issuerId() + "/keys/");
		}

	}

}
