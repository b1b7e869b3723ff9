package fr.cmacademy.account.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.shared.CurrentUser;
import fr.cmacademy.shared.i18n.AppI18NProvider;

/**
 * The shell's view of the signed-in user, from Spring Security's context.
 */
@Component
class SessionCurrentUser implements CurrentUser {

	private final AuthenticationContext authentication;

	private final AccountService accounts;

	SessionCurrentUser(AuthenticationContext authentication, AccountService accounts) {
		this.authentication = authentication;
		this.accounts = accounts;
	}

	@Override
	public Optional<String> displayName() {
		return authentication.getAuthenticatedUser(AccountPrincipal.class).map(AccountPrincipal::displayName);
	}

	@Override
	public Set<String> roles() {
		return authentication.getAuthenticatedUser(AccountPrincipal.class)
			.map(p -> p.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.filter(a -> a.startsWith("ROLE_"))
				.map(a -> a.substring("ROLE_".length()))
				.collect(Collectors.toUnmodifiableSet()))
			.orElse(Set.of());
	}

	@Override
	public void rememberLocale(Locale locale) {
		Locale supported = AppI18NProvider.supported(locale);
		VaadinSession session = VaadinSession.getCurrent();
		if (session != null) {
			session.setAttribute(LocaleInitializer.SESSION_LOCALE, supported);
			session.setLocale(supported);
		}
		if (authentication.isAuthenticated()) {
			accounts.rememberLocale(supported);
		}
	}

	@Override
	public void logout() {
		authentication.logout();
	}

}
