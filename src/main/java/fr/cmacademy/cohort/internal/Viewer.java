package fr.cmacademy.cohort.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.SignedInUser;

/**
 * Who is asking, from the security context (no query): their id and whether they are an
 * admin or a trainer.
 */
@Component
public class Viewer {

	/** The signed-in user as scope checks need them; id 0 and no role when anonymous. */
	public record Who(long id, boolean signedIn, boolean admin, boolean trainer) {
	}

	private static final Who ANONYMOUS = new Who(0, false, false, false);

	/**
	 * The security context of this application context: the one its filter chain and
	 * method security use (the global holder may belong to another context in tests).
	 */
	private final SecurityContextHolderStrategy security;

	Viewer(ObjectProvider<SecurityContextHolderStrategy> security) {
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	public Who current() {
		Authentication auth = security.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		// Roles come from the authorities, so a system context holding the admin role (no
		// account behind it) is an admin too; a trainer needs an account id for a scope.
		long id = auth.getPrincipal() instanceof SignedInUser user ? user.id() : 0;
		boolean admin = false;
		boolean trainer = false;
		for (var authority : auth.getAuthorities()) {
			admin |= authority.getAuthority().equals("ROLE_" + Roles.ADMIN);
			trainer |= authority.getAuthority().equals("ROLE_" + Roles.TRAINER);
		}
		return new Who(id, true, admin, trainer && id != 0);
	}

}
