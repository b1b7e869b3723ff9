package fr.cmacademy.cohort;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.cohort.internal.CohortRepository;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.SignedInUser;

/**
 * The cohorts on a trainer's home: those they currently train (every cohort for an
 * admin), archived ones left out.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
public class MyCohorts {

	private final CohortRepository cohorts;

	private final SecurityContextHolderStrategy security;

	MyCohorts(CohortRepository cohorts, ObjectProvider<SecurityContextHolderStrategy> security) {
		this.cohorts = cohorts;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/** The signed-in user's cohorts by name, each with its programmes (two queries). */
	@Transactional(readOnly = true)
	public List<MyCohort> mine() {
		Authentication auth = security.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
			throw new AccessDeniedException("Not signed in");
		}
		boolean admin = auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Roles.ADMIN).equals(a.getAuthority()));
		List<CohortRow> rows = admin ? cohorts.active() : cohorts.trainedBy(user.id());
		Map<Long, List<String>> programmes = cohorts.programmes(rows.stream().map(CohortRow::id).toList());
		return rows.stream().map(r -> new MyCohort(r, programmes.getOrDefault(r.id(), List.of()))).toList();
	}

}
