package fr.cmacademy.account;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.internal.UserSearchRepository;
import fr.cmacademy.shared.Roles;

/**
 * Finding active accounts by a piece of their name, user name or e-mail, for staff who
 * pick people (adding members to a cohort). Only accounts that hold the wanted role and
 * are not deactivated are found; the text is matched literally ({@code %} and {@code _}
 * are not wildcards).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class UserSearch {

	/** The most rows one call returns. */
	public static final int MAX = 50;

	private final UserSearchRepository users;

	UserSearch(UserSearchRepository users) {
		this.users = users;
	}

	/**
	 * Active users holding {@code role} whose name, user name or e-mail contains
	 * {@code text} (all of them when blank), by name.
	 */
	public List<Match> search(String text, String role, int offset, int limit) {
		if (!Roles.ALL.contains(role)) {
			throw new IllegalArgumentException("Unknown role " + role);
		}
		return users.search(text.strip(), role, Math.max(0, offset), Math.clamp(limit, 0, MAX));
	}

	/** How many users {@link #search} finds in all. */
	public int count(String text, String role) {
		if (!Roles.ALL.contains(role)) {
			throw new IllegalArgumentException("Unknown role " + role);
		}
		return users.count(text.strip(), role);
	}

	/** A user found: enough to tell two namesakes apart. */
	public record Match(long id, String username, String displayName, @Nullable String email) {
	}

}
