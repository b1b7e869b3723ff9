package fr.cmacademy.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.shared.privacy.ErasureContext;
import fr.cmacademy.shared.privacy.PersonalData;

/**
 * Anonymises a user in every feature, within the caller's transaction: all or nothing.
 * The account goes last, so features may still read the user's former names. Running it
 * again changes nothing.
 */
@Component
public class Erasure {

	/** The display name an erased account takes (both languages: it is stored once). */
	public static final String ANONYMOUS_NAME = "Utilisateur supprimé / Deleted user";

	private final List<PersonalData> areas;

	private final JdbcClient jdbc;

	private final Clock clock;

	Erasure(List<PersonalData> areas, JdbcClient jdbc, Clock clock) {
		this.areas = areas.stream()
			.sorted(Comparator.comparing((PersonalData p) -> p.area().equals("account"))
				.thenComparing(PersonalData::area))
			.toList();
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public static String anonymousUsername(long userId) {
		return "deleted-" + userId;
	}

	/** Erases; returns the rows changed per kind of data (counts only). */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, Integer> run(long userId) {
		record Former(String username, String displayName, String email) {
		}
		Former former = jdbc.sql("SELECT username, display_name, email FROM app_user WHERE id = :u FOR UPDATE")
			.param("u", userId)
			.query((rs, n) -> new Former(rs.getString(1), rs.getString(2),
					rs.getString(3) == null ? "" : rs.getString(3)))
			.single();
		Map<String, Integer> counts = new TreeMap<>();
		Instant now = clock.instant();
		ErasureContext context = new ErasureContext() {

			@Override
			public Instant now() {
				return now;
			}

			@Override
			public String anonymousUsername() {
				return Erasure.anonymousUsername(userId);
			}

			@Override
			public String anonymousDisplayName() {
				return ANONYMOUS_NAME;
			}

			@Override
			public String formerDisplayName() {
				return former.displayName();
			}

			@Override
			public String formerUsername() {
				return former.username();
			}

			@Override
			public String formerEmail() {
				return former.email();
			}

			@Override
			public void count(String what, int rows) {
				if (rows > 0) {
					counts.merge(what, rows, Integer::sum);
				}
			}

		};
		for (PersonalData area : areas) {
			area.erase(userId, context);
		}
		return counts;
	}

}
