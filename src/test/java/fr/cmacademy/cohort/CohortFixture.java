package fr.cmacademy.cohort;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Creates organisations and cohorts through the admin services (an admin must be signed
 * in), with unique names and codes.
 */
@Component
public class CohortFixture {

	private final Organisations organisations;

	private final Cohorts cohorts;

	CohortFixture(Organisations organisations, Cohorts cohorts) {
		this.organisations = organisations;
		this.cohorts = cohorts;
	}

	public static String token() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	public long organisation() {
		return organisations.create("Org " + token());
	}

	/** A cohort in a new organisation; its code is returned by {@link Cohorts#byId}. */
	public long cohort(@Nullable Instant deadline) {
		String token = token();
		return cohorts.create(new CohortForm(organisation(), "C-" + token, "Cohort " + token, deadline));
	}

}
