package fr.cmacademy.account.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks on every signed-in request that the account is still active and still holds the
 * roles of the session: a deactivated user's open sessions end at their next request
 * (they are signed out and see the login page), and a role an admin removed stops working
 * at once. One primary-key query per request.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

	private final UserAdminRepository users;

	private final SecurityContextHolderStrategy security;

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	ActiveAccountFilter(UserAdminRepository users, SecurityContextHolderStrategy security) {
		this.users = users;
		this.security = security;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = security.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
			UserAdminRepository.ActiveState state = users.state(principal.id());
			if (state == null || !state.enabled()) {
				security.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!state.roles().equals(roles(auth))) {
				List<SimpleGrantedAuthority> authorities = state.roles()
					.stream()
					.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
					.toList();
				AccountPrincipal updated = new AccountPrincipal(principal.id(), principal.getUsername(), "",
						principal.displayName(), true, authorities);
				var token = UsernamePasswordAuthenticationToken.authenticated(updated, null, authorities);
				token.setDetails(auth.getDetails());
				SecurityContext context = security.createEmptyContext();
				context.setAuthentication(token);
				security.setContext(context);
				sessions.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private static Set<String> roles(Authentication auth) {
		return auth.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring("ROLE_".length()))
			.collect(Collectors.toSet());
	}

}
