package fr.cmacademy.certificate;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.certificate.internal.CertificateRepository;
import fr.cmacademy.shared.Roles;

/**
 * A learner's certificates and badges with their status today, for the trainers and
 * admins who follow them.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
public class LearnerCertificates {

	/** A certificate or badge and where it stands now. */
	public record Line(Certificate certificate, CertificateStatus status) {
	}

	private final CertificateRepository certificates;

	private final Clock clock;

	LearnerCertificates(CertificateRepository certificates, Clock clock) {
		this.certificates = certificates;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Line> of(long userId) {
		return certificates.ofUser(userId).stream().map(c -> new Line(c, c.status(clock.instant()))).toList();
	}

}
