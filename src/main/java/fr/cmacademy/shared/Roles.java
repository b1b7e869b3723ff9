package fr.cmacademy.shared;

import java.util.List;

/**
 * The three roles of CM Academy, as used by {@code @RolesAllowed}, {@code @PreAuthorize}
 * and the user store. A user may hold several.
 */
public final class Roles {

	public static final String LEARNER = "LEARNER";

	public static final String TRAINER = "TRAINER";

	public static final String ADMIN = "ADMIN";

	/** All roles, in the order the UI lists them. */
	public static final List<String> ALL = List.of(LEARNER, TRAINER, ADMIN);

	private Roles() {
	}

}
