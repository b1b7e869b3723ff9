package fr.cmacademy.cohort;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.audit.AuditLog;
import fr.cmacademy.cohort.internal.OrganisationRepository;
import fr.cmacademy.shared.Roles;

/**
 * Organisations (companies, schools) that run cohorts: created and renamed by admins,
 * each name used once. Every change is written to the audit log.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class Organisations {

	static final int NAME_MAX = 160;

	private final OrganisationRepository organisations;

	private final AuditLog audit;

	private final Clock clock;

	Organisations(OrganisationRepository organisations, AuditLog audit, Clock clock) {
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates an organisation; returns its id. */
	@Transactional
	public long create(String name) {
		String clean = checkName(name, 0);
		long id;
		try {
			id = organisations.insert(clean, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new CohortException("name", "cohorts.admin.error.organisation.taken");
		}
		audit.record("organisation.create", "organisation", id, null);
		return id;
	}

	@Transactional
	public void rename(long id, String name) {
		if (!organisations.exists(id)) {
			throw new CohortException("name", "cohorts.admin.error.organisation.unknown");
		}
		String clean = checkName(name, id);
		try {
			organisations.rename(id, clean);
		}
		catch (DuplicateKeyException ex) {
			throw new CohortException("name", "cohorts.admin.error.organisation.taken");
		}
		audit.record("organisation.rename", "organisation", id, null);
	}

	/** Organisations whose name contains the text, by name. */
	@Transactional(readOnly = true)
	public List<Organisation> page(String text, int offset, int limit) {
		return organisations.page(text.strip(), Math.max(0, offset), Math.clamp(limit, 0, 500));
	}

	@Transactional(readOnly = true)
	public int count(String text) {
		return organisations.count(text.strip());
	}

	/** Every organisation, by name (for choosing one). */
	@Transactional(readOnly = true)
	public List<Organisation> all() {
		return organisations.page("", 0, Integer.MAX_VALUE);
	}

	private String checkName(String name, long exceptId) {
		String clean = name.strip().replaceAll("\\s+", " ");
		if (clean.isEmpty()) {
			throw new CohortException("name", "cohorts.admin.error.organisation.required");
		}
		if (clean.length() > NAME_MAX) {
			throw new CohortException("name", "cohorts.admin.error.too-long");
		}
		if (organisations.nameTaken(clean, exceptId)) {
			throw new CohortException("name", "cohorts.admin.error.organisation.taken");
		}
		return clean;
	}

}
