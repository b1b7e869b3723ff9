package fr.cmacademy.userimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.account.UserProvisioning;
import fr.cmacademy.account.UserProvisioning.FieldProblem;
import fr.cmacademy.account.UserProvisioning.NewUser;
import fr.cmacademy.cohort.CohortMembers;
import fr.cmacademy.cohort.CohortRef;
import fr.cmacademy.shared.Roles;

/**
 * Checks one record at a time against the account rules, the cohorts and the rows seen
 * before it. Memory stays bounded: one hash per user name and e-mail address seen, and
 * the cohorts looked up (by code, at most {@value #MAX_COHORTS}).
 */
final class RowChecker {

	private static final int MAX_COHORTS = 10_000;

	private static final Map<String, String> ROLE_NAMES = Map.ofEntries(Map.entry("learner", Roles.LEARNER),
			Map.entry("apprenant", Roles.LEARNER), Map.entry("apprenante", Roles.LEARNER),
			Map.entry("student", Roles.LEARNER), Map.entry("etudiant", Roles.LEARNER),
			Map.entry("trainer", Roles.TRAINER), Map.entry("formateur", Roles.TRAINER),
			Map.entry("formatrice", Roles.TRAINER), Map.entry("teacher", Roles.TRAINER),
			Map.entry("admin", Roles.ADMIN), Map.entry("administrator", Roles.ADMIN),
			Map.entry("administrateur", Roles.ADMIN), Map.entry("administratrice", Roles.ADMIN));

	private static final Map<String, Locale> LANGUAGES = Map.ofEntries(Map.entry("fr", Locale.FRENCH),
			Map.entry("frfr", Locale.FRENCH), Map.entry("french", Locale.FRENCH), Map.entry("francais", Locale.FRENCH),
			Map.entry("en", Locale.ENGLISH), Map.entry("engb", Locale.ENGLISH), Map.entry("enus", Locale.ENGLISH),
			Map.entry("english", Locale.ENGLISH), Map.entry("anglais", Locale.ENGLISH));

	/** A row that passed every check: the account and its cohort, if any. */
	record Row(int line, NewUser user, @Nullable CohortRef cohort) {
	}

	private final UserProvisioning provisioning;

	private final CohortMembers cohorts;

	private final ColumnMapping mapping;

	private final int columnCount;

	private final Map<String, Optional<CohortRef>> cohortCache = new HashMap<>();

	private final SeenKeys usernames = new SeenKeys();

	private final SeenKeys emails = new SeenKeys();

	RowChecker(UserProvisioning provisioning, CohortMembers cohorts, ColumnMapping mapping, int columnCount) {
		this.provisioning = provisioning;
		this.cohorts = cohorts;
		this.mapping = mapping;
		this.columnCount = columnCount;
	}

	/** The valid row, or null after adding its problems. */
	@Nullable Row check(CsvReader.Record record, List<ImportProblem> problems) {
		int line = record.line();
		List<String> fields = record.fields();
		if (fields.size() != columnCount) {
			problems
				.add(new ImportProblem(line, null, "userimport.problem.columns", fields.size() + "/" + columnCount));
			return null;
		}
		List<ImportProblem> found = new ArrayList<>();
		Locale locale = language(mapping.value(fields, ImportField.LANGUAGE), line, found);
		Set<String> roles = roles(mapping.value(fields, ImportField.ROLES), line, found);
		String displayName = mapping.value(fields, ImportField.DISPLAY_NAME);
		if (displayName.isEmpty()) {
			displayName = (mapping.value(fields, ImportField.FIRST_NAME) + " "
					+ mapping.value(fields, ImportField.LAST_NAME))
				.strip();
		}
		// A line break in a quoted name is layout, not part of the name.
		displayName = displayName.replaceAll("\\s+", " ");
		var checked = provisioning.check(mapping.value(fields, ImportField.USERNAME),
				mapping.value(fields, ImportField.EMAIL), displayName, mapping.value(fields, ImportField.PASSWORD),
				locale, roles);
		for (FieldProblem problem : checked.problems()) {
			found.add(new ImportProblem(line, field(problem.field()), messageKey(problem, fields), null));
		}
		CohortRef cohort = cohort(mapping.value(fields, ImportField.COHORT), roles, line, found);
		NewUser user = checked.user();
		if (user != null && found.isEmpty()) {
			int first = usernames.firstRow(user.username(), line);
			if (first != 0) {
				found.add(new ImportProblem(line, ImportField.USERNAME, "userimport.problem.duplicate-username",
						String.valueOf(first)));
			}
			first = emails.firstRow(user.email().toLowerCase(Locale.ROOT), line);
			if (first != 0) {
				found.add(new ImportProblem(line, ImportField.EMAIL, "userimport.problem.duplicate-email",
						String.valueOf(first)));
			}
		}
		if (user == null || !found.isEmpty()) {
			problems.addAll(found);
			return null;
		}
		return new Row(line, user, cohort);
	}

	/**
	 * Registration's messages speak to the user ("enter your name"); a row needs others.
	 */
	private String messageKey(FieldProblem problem, List<String> fields) {
		return switch (problem.messageKey()) {
			case "account.display-name.required" -> "userimport.problem.name-missing";
			case "account.email.required" -> "userimport.problem.email-missing";
			case "account.username.invalid" -> mapping.value(fields, ImportField.USERNAME).isEmpty()
					? "userimport.problem.username-missing" : problem.messageKey();
			default -> problem.messageKey();
		};
	}

	private static ImportField field(String accountField) {
		return switch (accountField) {
			case "username" -> ImportField.USERNAME;
			case "email" -> ImportField.EMAIL;
			case "password" -> ImportField.PASSWORD;
			default -> ImportField.DISPLAY_NAME;
		};
	}

	private static @Nullable Locale language(String value, int line, List<ImportProblem> found) {
		if (value.isEmpty()) {
			return null;
		}
		Locale locale = LANGUAGES.get(ImportField.normalise(value));
		if (locale == null) {
			found.add(new ImportProblem(line, ImportField.LANGUAGE, "userimport.problem.unknown-language",
					shorten(value)));
		}
		return locale;
	}

	private static Set<String> roles(String value, int line, List<ImportProblem> found) {
		if (value.isEmpty()) {
			return Set.of(Roles.LEARNER);
		}
		Set<String> roles = new LinkedHashSet<>();
		for (String token : value.split("[|,;+/\\s]+")) {
			if (token.isEmpty()) {
				continue;
			}
			String role = ROLE_NAMES.get(ImportField.normalise(token));
			if (role == null) {
				found
					.add(new ImportProblem(line, ImportField.ROLES, "userimport.problem.unknown-role", shorten(token)));
			}
			else {
				roles.add(role);
			}
		}
		return roles.isEmpty() ? Set.of(Roles.LEARNER) : roles;
	}

	private @Nullable CohortRef cohort(String code, Set<String> roles, int line, List<ImportProblem> found) {
		if (code.isEmpty()) {
			return null;
		}
		Optional<CohortRef> cohort = cohortCache.get(code);
		if (cohort == null) {
			cohort = cohorts.byCode(code);
			if (cohortCache.size() < MAX_COHORTS) {
				cohortCache.put(code, cohort);
			}
		}
		if (cohort.isEmpty()) {
			found.add(new ImportProblem(line, ImportField.COHORT, "userimport.problem.unknown-cohort", shorten(code)));
			return null;
		}
		if (cohort.get().archived()) {
			found.add(new ImportProblem(line, ImportField.COHORT, "userimport.problem.archived-cohort", shorten(code)));
			return null;
		}
		if (!roles.contains(Roles.LEARNER) && !roles.contains(Roles.TRAINER)) {
			found.add(new ImportProblem(line, ImportField.COHORT, "userimport.problem.cohort-role", null));
			return null;
		}
		return cohort.get();
	}

	private static String shorten(String value) {
		return value.length() <= 40 ? value : value.substring(0, 39) + "…";
	}

}
