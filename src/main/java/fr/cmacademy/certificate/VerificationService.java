package fr.cmacademy.certificate;

import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import com.apicatalog.multibase.Multibase;
import com.apicatalog.multicodec.codec.KeyCodec;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.certificate.Verification.CredentialCheck;
import fr.cmacademy.certificate.Verification.Details;
import fr.cmacademy.certificate.Verification.Outcome;
import fr.cmacademy.certificate.internal.CertificateRepository;
import fr.cmacademy.certificate.internal.Credentials;
import fr.cmacademy.certificate.internal.HolderNames;
import fr.cmacademy.certificate.internal.KeyRepository;
import fr.cmacademy.certificate.internal.VerificationThrottle;

/**
 * Public verification, for anyone and without signing in: a code typed or scanned, an
 * uploaded credential, and the issuer's published keys and revocations.
 */
@Service
@PreAuthorize("permitAll()")
public class VerificationService {

	private final CertificateRepository certificates;

	private final Credentials credentials;

	private final KeyRepository keys;

	private final VerificationThrottle throttle;

	private final Clock clock;

	VerificationService(CertificateRepository certificates, Credentials credentials, KeyRepository keys,
			VerificationThrottle throttle, Clock clock) {
		this.certificates = certificates;
		this.credentials = credentials;
		this.keys = keys;
		this.throttle = throttle;
		this.clock = clock;
	}

	/** Looks a code up for a visitor at {@code address}. */
	@Transactional(readOnly = true)
	public Verification verify(String typedCode, String address) {
		if (throttle.locked(address)) {
			return new Verification(Outcome.TOO_MANY_ATTEMPTS, null);
		}
		Optional<Certificate> found = VerificationCodes.normalize(typedCode).flatMap(certificates::findByCode);
		if (found.isEmpty()) {
			throttle.recordMiss(address);
			return new Verification(Outcome.UNKNOWN, null);
		}
		return of(found.get());
	}

	/**
	 * Whether {@code typedName} (as printed on the certificate) is the name the
	 * certificate was issued to, for a certificate whose holder's data was erased: the
	 * name is compared with the salted hash kept in its place. A wrong name counts as a
	 * miss for the address, like an unknown code, so names cannot be guessed in bulk.
	 */
	@Transactional(readOnly = true)
	public boolean holderMatches(String typedCode, String typedName, String address) {
		if (throttle.locked(address)) {
			return false;
		}
		boolean matches = VerificationCodes.normalize(typedCode)
			.flatMap(certificates::holderHash)
			.map(h -> HolderNames.matches(typedName, h.hash(), h.salt()))
			.orElse(false);
		if (!matches) {
			throttle.recordMiss(address);
		}
		return matches;
	}

	/** Checks an uploaded credential's proof, then its certificate's status. */
	@Transactional(readOnly = true)
	public CredentialCheck verifyCredential(String json, String address) {
		if (throttle.locked(address)) {
			return new CredentialCheck(false, "throttled", new Verification(Outcome.TOO_MANY_ATTEMPTS, null));
		}
		Credentials.Check check = credentials.verify(json);
		String prefix = credentials.baseUrl() + "/verify/";
		Optional<Certificate> certificate = Optional.ofNullable(check.credentialId())
			.filter(id -> id.startsWith(prefix))
			.flatMap(id -> certificates.findByCode(id.substring(prefix.length())));
		if (!check.valid() || certificate.isEmpty()) {
			throttle.recordMiss(address);
			return new CredentialCheck(false, check.valid() ? "unknown-certificate" : check.reason(),
					new Verification(Outcome.UNKNOWN, null));
		}
		return new CredentialCheck(true, check.reason(), of(certificate.get()));
	}

	/**
	 * The issuer's public keys as a JSON Web Key Set (Ed25519, {@code kid} = the key URL
	 * credentials name in their proof).
	 */
	@Transactional(readOnly = true)
	public String keySet() {
		JsonArrayBuilder list = Json.createArrayBuilder();
		keys.publicKeys()
			.forEach(k -> list.add(Json.createObjectBuilder()
				.add("kty", "OKP")
				.add("crv", "Ed25519")
				.add("use", "sig")
				.add("alg", "EdDSA")
				.add("kid", credentials.keyId(k.id()))
				.add("x", Base64.getUrlEncoder().withoutPadding().encodeToString(k.publicKey()))));
		return Json.createObjectBuilder().add("keys", list).build().toString();
	}

	/**
	 * One of the issuer's keys as the Multikey document its URL names in proofs, for
	 * verifiers that dereference the verification method.
	 */
	@Transactional(readOnly = true)
	public Optional<String> keyDocument(long keyId) {
		return keys.publicKey(keyId)
			.map(k -> Json.createObjectBuilder()
				.add("@context", "https://w3id.org/security/multikey/v1")
				.add("id", credentials.keyId(k.id()))
				.add("type", "Multikey")
				.add("controller", credentials.issuerId())
				.add("publicKeyMultibase",
						Multibase.BASE_58_BTC.encode(KeyCodec.ED25519_PUBLIC_KEY.encode(k.publicKey())))
				.build()
				.toString());
	}

	/** The issuer profile credentials point to. */
	public String issuerProfile() {
		return Json.createObjectBuilder()
			.add("@context",
					Json.createArrayBuilder()
						.add("https://www.w3.org/ns/credentials/v2")
						.add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
			.add("id", credentials.issuerId())
			.add("type", Json.createArrayBuilder().add("Profile"))
			.add("name", "CM Academy")
			.add("url", credentials.baseUrl())
			.add("publicKeys", credentials.issuerId() + "/jwks.json")
			.build()
			.toString();
	}

	/** Revoked credentials (1EdTech revocation list). */
	@Transactional(readOnly = true)
	public String revocationList() {
		JsonArrayBuilder revoked = Json.createArrayBuilder();
		certificates.revoked()
			.forEach(c -> revoked.add(Json.createObjectBuilder()
				.add("id", credentials.verificationUrl(c.code()))
				.add("revoked", true)
				.add("revocationReason", "revoked by the issuer")));
		return Json.createObjectBuilder()
			.add("id", credentials.issuerId() + "/revocations")
			.add("issuer", credentials.issuerId())
			.add("revokedCredentials", revoked)
			.build()
			.toString();
	}

	private Verification of(Certificate c) {
		Outcome outcome = switch (c.status(clock.instant())) {
			case VALID -> Outcome.VALID;
			case EXPIRED -> Outcome.EXPIRED;
			case REVOKED -> Outcome.REVOKED;
		};
		return new Verification(outcome, new Details(c.displayCode(), c.kind(), c.holderName(), c.title(), c.issuedAt(),
				c.validUntil(), c.revokedAt()));
	}

}
