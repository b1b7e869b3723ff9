package fr.cmacademy.account;

import org.jspecify.annotations.Nullable;

/**
 * What the admin's user list shows: a text searched in name, user name and e-mail, an
 * optional role and status, and the sort.
 *
 * @param active {@code true} active users only, {@code false} deactivated only,
 * {@code null} both
 */
public record UserQuery(String text, @Nullable String role, @Nullable Boolean active, Sort sort, boolean ascending) {

	/** The columns the list sorts by. */
	public enum Sort {

		NAME, USERNAME, EMAIL, CREATED, LAST_LOGIN

	}

	public static UserQuery all() {
		return new UserQuery("", null, null, Sort.NAME, true);
	}

	public UserQuery withText(@Nullable String value) {
		return new UserQuery(value == null ? "" : value.strip(), role, active, sort, ascending);
	}

	public UserQuery withRole(@Nullable String value) {
		return new UserQuery(text, value, active, sort, ascending);
	}

	public UserQuery withActive(@Nullable Boolean value) {
		return new UserQuery(text, role, value, sort, ascending);
	}

	public UserQuery sortedBy(Sort value, boolean asc) {
		return new UserQuery(text, role, active, value, asc);
	}

}
