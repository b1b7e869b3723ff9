package fr.cmacademy.account.internal;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads users by user name or e-mail address for the login form.
 */
class DatabaseUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	DatabaseUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String login) {
		var stored = users.findByLogin(login.strip()).orElseThrow(() -> new UsernameNotFoundException("No such user"));
		var account = stored.account();
		List<SimpleGrantedAuthority> authorities = account.roles()
			.stream()
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		return new AccountPrincipal(account.id(), account.username(), stored.passwordHash(), account.displayName(),
				account.enabled(), authorities);
	}

}
