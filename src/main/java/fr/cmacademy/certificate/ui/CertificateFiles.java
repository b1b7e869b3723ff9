package fr.cmacademy.certificate.ui;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.cmacademy.certificate.CertificateFile;
import fr.cmacademy.certificate.CertificateService;
import fr.cmacademy.certificate.Verification;
import fr.cmacademy.certificate.Verification.Details;
import fr.cmacademy.certificate.VerificationService;

/**
 * Downloads for the signed-in learner (their own certificates only: another id is 404),
 * the issuer's public documents, which anyone may fetch to check a credential, and code
 * verification for machines.
 */
@RestController
class CertificateFiles {

	private final CertificateService certificates;

	private final VerificationService verification;

	CertificateFiles(CertificateService certificates, VerificationService verification) {
		this.certificates = certificates;
		this.verification = verification;
	}

	@GetMapping("/certificates/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return file(certificates.pdf(id));
	}

	@GetMapping("/certificates/{id}/credential")
	ResponseEntity<byte[]> credential(@PathVariable long id) {
		return file(certificates.credential(id));
	}

	@GetMapping(value = "/issuer", produces = { "application/ld+json", MediaType.APPLICATION_JSON_VALUE })
	String issuer() {
		return verification.issuerProfile();
	}

	@GetMapping(value = "/issuer/jwks.json",
			produces = { "application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE })
	String keys() {
		return verification.keySet();
	}

	@GetMapping(value = "/issuer/keys/{id}", produces = { "application/ld+json", MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> key(@PathVariable long id) {
		return ResponseEntity.of(verification.keyDocument(id));
	}

	@GetMapping(value = "/issuer/revocations", produces = MediaType.APPLICATION_JSON_VALUE)
	String revocations() {
		return verification.revocationList();
	}

	/**
	 * The verification page's answer for machines: 200 with the outcome and the minimal
	 * data, 404 for an unknown code, 429 when the address made too many misses.
	 */
	@GetMapping(value = "/api/verify/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> verify(@PathVariable String code, HttpServletRequest request) {
		Verification v = verification.verify(code, request.getRemoteAddr());
		JsonObjectBuilder body = Json.createObjectBuilder().add("outcome", v.outcome().name());
		Details d = v.details();
		if (d != null) {
			body.add("code", d.code())
				.add("kind", d.kind().name())
				.add("holderErased", d.holderErased())
				.add("title", Json.createObjectBuilder().add("fr", d.title().fr()).add("en", d.title().en()))
				.add("issuedAt", d.issuedAt().toString());
			if (!d.holderErased()) {
				body.add("holder", d.holderName());
			}
			if (d.validUntil() != null) {
				body.add("validUntil", d.validUntil().toString());
			}
			if (d.revokedAt() != null) {
				body.add("revokedAt", d.revokedAt().toString());
			}
		}
		HttpStatus status = switch (v.outcome()) {
			case UNKNOWN -> HttpStatus.NOT_FOUND;
			case TOO_MANY_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
			default -> HttpStatus.OK;
		};
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body.build().toString());
	}

	private static ResponseEntity<byte[]> file(Optional<CertificateFile> file) {
		return file.map(f -> ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(f.mediaType()))
			.body(f.data())).orElseGet(() -> ResponseEntity.notFound().build());
	}

}
