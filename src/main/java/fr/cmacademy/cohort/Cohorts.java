package fr.cmacademy.cohort;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.audit.AuditLog;
import fr.cmacademy.cohort.internal.CohortRepository;
import fr.cmacademy.cohort.internal.OrganisationRepository;
import fr.cmacademy.shared.Roles;

/**
 * Cohorts as admins manage them: created in an organisation with a unique code, a name
 * and an optional deadline, edited, archived and brought back. Every change is written to
 * the audit log (ids, codes and the names of the changed fields, never a person).
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class Cohorts {

	/**
	 * Letters, digits, dot, dash and underscore; what a CSV file or a URL carries safely.
	 */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	static final int CODE_MAX = 40;

	private final CohortRepository cohorts;

	private final OrganisationRepository organisations;

	private final AuditLog audit;

	private final Clock clock;

	Cohorts(CohortRepository cohorts, OrganisationRepository organisations, AuditLog audit, Clock clock) {
		this.cohorts = cohorts;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a cohort; returns its id. A deadline must lie in the future. */
	@Transactional
	public long create(CohortForm form) {
		CohortForm clean = check(form, 0, null);
		long id;
		try {
			id = cohorts.insert(Objects.requireNonNull(clean.organisationId()), clean.code(), clean.name(),
					clean.deadline(), clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new CohortException("code", "cohorts.admin.error.code.taken");
		}
		audit.record("cohort.create", "cohort", id,
				"code=" + clean.code() + " organisation=" + clean.organisationId() + deadline(clean.deadline()));
		return id;
	}

	/**
	 * Changes a cohort. A deadline moved must lie in the future; one left as it was may
	 * have passed.
	 */
	@Transactional
	public void update(long id, CohortForm form) {
		CohortRow before = cohorts.row(id)
			.orElseThrow(() -> new CohortException("cohort", "cohorts.admin.error.unknown"));
		CohortForm clean = check(form, id, before.deadline());
		List<String> changed = new ArrayList<>();
		if (before.organisationId() != clean.organisationId()) {
			changed.add("organisation");
		}
		if (!before.code().equals(clean.code())) {
			changed.add("code");
		}
		if (!before.name().equals(clean.name())) {
			changed.add("name");
		}
		if (!Objects.equals(before.deadline(), clean.deadline())) {
			changed.add("deadline");
		}
		if (changed.isEmpty()) {
			return;
		}
		try {
			cohorts.update(id, Objects.requireNonNull(clean.organisationId()), clean.code(), clean.name(),
					clean.deadline());
		}
		catch (DuplicateKeyException ex) {
			throw new CohortException("code", "cohorts.admin.error.code.taken");
		}
		audit.record("cohort.update", "cohort", id,
				"code=" + clean.code() + " changed=" + String.join(",", changed) + deadline(clean.deadline()));
	}

	/**
	 * Archives a cohort (it leaves trainers' homes and reminders stop) or brings it back;
	 * members, programmes and history stay.
	 */
	@Transactional
	public void setArchived(long id, boolean archived) {
		CohortRow cohort = cohorts.row(id)
			.orElseThrow(() -> new CohortException("cohort", "cohorts.admin.error.unknown"));
		if (cohorts.setArchived(id, archived)) {
			audit.record(archived ? "cohort.archive" : "cohort.unarchive", "cohort", id, "code=" + cohort.code());
		}
	}

	@Transactional(readOnly = true)
	public Optional<CohortRow> byId(long id) {
		return cohorts.row(id);
	}

	@Transactional(readOnly = true)
	public List<CohortRow> page(CohortFilter filter, int offset, int limit) {
		return cohorts.page(strip(filter), Math.max(0, offset), Math.clamp(limit, 0, 500));
	}

	@Transactional(readOnly = true)
	public int count(CohortFilter filter) {
		return cohorts.count(strip(filter));
	}

	private CohortForm check(CohortForm form, long id, @Nullable Instant currentDeadline) {
		Long organisation = form.organisationId();
		if (organisation == null) {
			throw new CohortException("organisation", "cohorts.admin.error.organisation.choose");
		}
		if (!organisations.exists(organisation)) {
			throw new CohortException("organisation", "cohorts.admin.error.organisation.unknown");
		}
		String code = form.code().strip();
		if (code.isEmpty()) {
			throw new CohortException("code", "cohorts.admin.error.code.required");
		}
		if (code.length() > CODE_MAX) {
			throw new CohortException("code", "cohorts.admin.error.code.too-long");
		}
		if (!CODE.matcher(code).matches()) {
			throw new CohortException("code", "cohorts.admin.error.code.format");
		}
		if (cohorts.codeTaken(code, id)) {
			throw new CohortException("code", "cohorts.admin.error.code.taken");
		}
		String name = form.name().strip().replaceAll("\\s+", " ");
		if (name.isEmpty()) {
			throw new CohortException("name", "cohorts.admin.error.name.required");
		}
		if (name.length() > Organisations.NAME_MAX) {
			throw new CohortException("name", "cohorts.admin.error.too-long");
		}
		Instant deadline = form.deadline();
		if (deadline != null && !deadline.equals(currentDeadline) && !deadline.isAfter(clock.instant())) {
			throw new CohortException("deadline", "cohorts.admin.error.deadline.past");
		}
		return new CohortForm(organisation, code, name, deadline);
	}

	private static String deadline(@Nullable Instant deadline) {
		return deadline == null ? "" : " deadline=" + deadline;
	}

	private static CohortFilter strip(CohortFilter filter) {
		return new CohortFilter(filter.text().strip(), filter.organisationId(), filter.withArchived());
	}

}
