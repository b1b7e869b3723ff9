package fr.cmacademy.account.internal;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import fr.cmacademy.shared.SignedInUser;

/**
 * The authenticated user as Spring Security holds it: the user name plus the database id
 * and display name, so that nothing has to be looked up again to know who is asking.
 */
public class AccountPrincipal extends User implements SignedInUser {

	private final long id;

	private final String displayName;

	AccountPrincipal(long id, String username, String passwordHash, String displayName, boolean enabled,
			Collection<? extends GrantedAuthority> authorities) {
		super(username, passwordHash, enabled, true, true, true, authorities);
		this.id = id;
		this.displayName = displayName;
	}

	@Override
	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
