package fr.cmacademy.certificate;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.certificate.internal.CertificateRepository;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.TrainerScope;

/**
 * A learner's certificates and badges with their status today, for the trainers and
 * admins who follow them (a trainer: the learners of the cohorts they train).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
public class LearnerCertificates {

	/** A certificate or badge and where it stands now. */
	public record Line(Certificate certificate, CertificateStatus status) {
	}

	private final CertificateRepository certificates;

	private final Clock clock;

	private final TrainerScope scope;

	LearnerCertificates(CertificateRepository certificates, Clock clock, TrainerScope scope) {
		this.certificates = certificates;
		this.clock = clock;
		this.scope = scope;
	}

	/**
	 * The learner's certificates and badges.
	 * @throws AccessDeniedException for a learner outside the user's scope
	 */
	@Transactional(readOnly = true)
	public List<Line> of(long userId) {
		if (!scope.currentUserSees(userId)) {
			throw new AccessDeniedException("Learner " + userId + " is not in scope");
		}
		return certificates.ofUser(userId).stream().map(c -> new Line(c, c.status(clock.instant()))).toList();
	}

}
