package fr.cmacademy.account;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.audit.AuditEntry;
import fr.cmacademy.audit.AuditLog;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Admins manage users: list, create (with a password or a link), edit, deactivate and
 * reactivate, with the self-protection rules, field errors and an audit entry free of
 * personal data for each change; learners and trainers are refused by every method.
 */
@IntegrationTest
class UserAdministrationIT {

	@Autowired
	UserAdministration admin;

	@Autowired
	PasswordResets resets;

	@Autowired
	TestUsers users;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void admin_creates_a_user_with_a_password_and_the_audit_names_no_personal_data() {
		TestUser me = signInAdmin();
		String name = unique("new");
		var created = admin.create(new NewUser(name, "Zoé Martin", name + "@example.test", Locale.ENGLISH,
				Set.of(Roles.LEARNER, Roles.TRAINER), "a long enough secret"));

		assertThat(created.link()).isNull();
		UserAccount account = created.account();
		assertThat(account.username()).isEqualTo(name);
		assertThat(account.roles()).containsExactlyInAnyOrder(Roles.LEARNER, Roles.TRAINER);
		assertThat(account.enabled()).isTrue();
		assertThat(account.preferredLocale()).isEqualTo(Locale.ENGLISH);
		List<AuditEntry> entries = audit.page("user.create", "user", Long.toString(account.id()), 0, 10);
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.actorId()).isEqualTo(me.id());
			assertThat(entry.detail()).isEqualTo("roles=LEARNER,TRAINER;password=set")
				.doesNotContain(name)
				.doesNotContain("Zoé");
		});
	}

	@Test
	void a_user_created_without_a_password_gets_a_link_and_cannot_sign_in_before_using_it() {
		signInAdmin();
		String name = unique("linked");
		var created = admin.create(new NewUser(name, "Sans Mot", null, null, Set.of(Roles.LEARNER), null));
		assertThat(created.link()).isNotNull();
		assertThat(created.link().mailed()).isFalse();
		assertThat(created.link().path()).startsWith("reset-password/");
		assertThat(created.account().email()).isNull();
		// No language chosen: the platform's default (French unless an admin changed it).
		assertThat(created.account().preferredLocale()).isNotNull();
		assertThat(audit.page("user.password-reset.issue", "user", Long.toString(created.account().id()), 0, 10))
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).isEqualTo("mailed=false"));
	}

	@Test
	void duplicates_and_bad_fields_are_refused_on_the_field_at_fault() {
		TestUser me = signInAdmin();
		String name = unique("dup");
		admin.create(new NewUser(name, "First", name + "@example.test", null, Set.of(Roles.LEARNER), null));

		assertField(
				() -> admin.create(
						new NewUser(name.toUpperCase(Locale.ROOT), "Second", null, null, Set.of(Roles.LEARNER), null)),
				"username", "account.username.taken");
		assertField(() -> admin
			.create(new NewUser(unique("other"), "Second", name + "@example.test", null, Set.of(Roles.LEARNER), null)),
				"email", "account.email.taken");
		assertField(
				() -> admin
					.create(new NewUser(unique("bad"), "Bad", "not-an-address", null, Set.of(Roles.LEARNER), null)),
				"email", "account.email.invalid");
		assertField(() -> admin.create(new NewUser("x", "Bad", null, null, Set.of(Roles.LEARNER), null)), "username",
				"account.username.invalid");
		assertField(() -> admin.create(new NewUser(unique("norole"), "No role", null, null, Set.of(), null)), "roles",
				"account.admin.roles.required");
		assertField(
				() -> admin.create(new NewUser(unique("weak"), "Weak", null, null, Set.of(Roles.LEARNER), "password")),
				"password", "account.password.too-common");
		assertField(() -> admin.update(me.id(), "Me", name + "@example.test", Set.of(Roles.ADMIN)), "email",
				"account.email.taken");
	}

	@Test
	void admin_edits_details_and_roles() {
		signInAdmin();
		TestUser learner = users.create("edited", Locale.FRENCH, Roles.LEARNER);
		UserAccount updated = admin.update(learner.id(), "  Nouveau Nom ",
				"nouveau-" + learner.username() + "@example.test", Set.of(Roles.TRAINER));
		assertThat(updated.displayName()).isEqualTo("Nouveau Nom");
		assertThat(updated.roles()).containsExactly(Roles.TRAINER);
		assertThat(audit.page("user.update", "user", Long.toString(learner.id()), 0, 10)).singleElement()
			.satisfies(e -> assertThat(e.detail()).isEqualTo("displayName;email;roles=TRAINER"));
	}

	@Test
	void an_admin_cannot_deactivate_or_demote_themselves() {
		TestUser me = signInAdmin();
		users.create("other-admin", Locale.FRENCH, Roles.ADMIN);
		assertField(() -> admin.deactivate(me.id()), "form", "account.admin.self-deactivate");
		assertField(() -> admin.update(me.id(), "Me", null, Set.of(Roles.TRAINER)), "roles",
				"account.admin.self-demote");
		assertThat(admin.find(me.id()).orElseThrow().roles()).contains(Roles.ADMIN);
	}

	@Test
	void the_last_active_admin_keeps_the_admin_role() {
		TestUser me = signInAdmin();
		// Leave exactly two active admins: me and the target.
		List<Long> others = jdbc.sql("""
				SELECT u.id FROM app_user u JOIN user_role r ON r.user_id = u.id AND r.role = 'ADMIN'
				WHERE u.enabled AND u.id <> :me""").param("me", me.id()).query(Long.class).list();
		jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id IN (:ids)")
			.param("ids", others.isEmpty() ? List.of(-1L) : others)
			.update();
		try {
			TestUser target = users.create("target-admin", Locale.FRENCH, Roles.ADMIN);
			admin.deactivate(target.id());
			admin.reactivate(target.id());
			// Now make "me" inactive behind the service's back: target is the last one.
			jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id = :id").param("id", me.id()).update();
			assertField(() -> admin.deactivate(target.id()), "form", "account.admin.last-admin");
			assertField(() -> admin.update(target.id(), "T", null, Set.of(Roles.LEARNER)), "roles",
					"account.admin.last-admin");
			assertThat(admin.find(target.id()).orElseThrow().enabled()).isTrue();
			jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE id = :id").param("id", me.id()).update();
		}
		finally {
			jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE id IN (:ids)")
				.param("ids", others.isEmpty() ? List.of(-1L) : others)
				.update();
		}
	}

	@Test
	void deactivate_and_reactivate_are_audited_and_void_reset_links() {
		signInAdmin();
		TestUser learner = users.create("leaving", Locale.FRENCH, Roles.LEARNER);
		ResetLink link = resets.issue(learner.id());
		UserAccount off = admin.deactivate(learner.id());
		assertThat(off.enabled()).isFalse();
		assertThat(resets.usable(link.path().substring(PasswordResets.PATH.length()))).isFalse();
		assertField(() -> resets.issue(learner.id()), "form", "account.admin.reset.inactive");
		assertThat(admin.reactivate(learner.id()).enabled()).isTrue();
		assertThat(audit.page("user.", "user", Long.toString(learner.id()), 0, 10)).extracting(AuditEntry::action)
			.containsExactly("user.reactivate", "user.deactivate", "user.password-reset.issue");
	}

	@Test
	void the_list_searches_filters_sorts_and_pages_in_sql() {
		signInAdmin();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long a = admin.create(new NewUser("list-a-" + tag, "Aa " + tag, null, null, Set.of(Roles.LEARNER), null))
			.account()
			.id();
		long b = admin.create(new NewUser("list-b-" + tag, "Bb " + tag, null, null, Set.of(Roles.TRAINER), null))
			.account()
			.id();
		long c = admin
			.create(new NewUser("list-c-" + tag, "Cc " + tag, "c-" + tag + "@example.test", null, Set.of(Roles.LEARNER),
					null))
			.account()
			.id();
		admin.deactivate(c);

		UserQuery query = UserQuery.all().withText(tag);
		assertThat(admin.count(query)).isEqualTo(3);
		assertThat(admin.page(query, 0, 10)).extracting(UserAccount::id).containsExactly(a, b, c);
		assertThat(admin.page(query.sortedBy(UserQuery.Sort.NAME, false), 0, 2)).extracting(UserAccount::id)
			.containsExactly(c, b);
		assertThat(admin.page(query.sortedBy(UserQuery.Sort.NAME, false), 2, 2)).extracting(UserAccount::id)
			.containsExactly(a);
		assertThat(admin.page(query.withRole(Roles.TRAINER), 0, 10)).extracting(UserAccount::id).containsExactly(b);
		assertThat(admin.page(query.withActive(false), 0, 10)).extracting(UserAccount::id).containsExactly(c);
		assertThat(admin.page(query.withActive(true), 0, 10)).extracting(UserAccount::id).containsExactly(a, b);
		assertThat(admin.page(UserQuery.all().withText("c-" + tag + "@"), 0, 10)).extracting(UserAccount::id)
			.containsExactly(c);
		assertThat(admin.count(UserQuery.all().withText("%_" + tag))).isZero();
		assertThat(admin.displayNames(List.of(a, b))).containsEntry(a, "Aa " + tag).containsEntry(b, "Bb " + tag);
	}

	@Test
	void learners_and_trainers_are_refused_by_every_admin_service() {
		for (String role : List.of(Roles.LEARNER, Roles.TRAINER)) {
			TestUser user = users.create("nosy", Locale.FRENCH, role);
			users.signIn(user);
			List<Runnable> calls = List.of(() -> admin.page(UserQuery.all(), 0, 10), () -> admin.count(UserQuery.all()),
					() -> admin.find(user.id()), () -> admin.displayNames(List.of(user.id())),
					() -> admin.create(new NewUser(unique("x"), "X", null, null, Set.of(Roles.ADMIN), null)),
					() -> admin.update(user.id(), "X", null, Set.of(Roles.ADMIN)), () -> admin.deactivate(user.id()),
					() -> admin.reactivate(user.id()), () -> resets.issue(user.id()), () -> resets.revokeAll(user.id()),
					() -> audit.page("", null, null, 0, 10));
			for (Runnable call : calls) {
				assertThatThrownBy(call::run).as(role).isInstanceOf(AccessDeniedException.class);
			}
			assertThat(admin.getClass().getName()).contains("UserAdministration");
		}
	}

	private TestUser signInAdmin() {
		TestUser me = users.create("admin", Locale.ENGLISH, Roles.ADMIN);
		users.signIn(me);
		return me;
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static void assertField(Runnable call, String field, String key) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(AccountException.class, ex -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}

}
