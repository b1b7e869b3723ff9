package fr.cmacademy.audit;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.shared.Roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditLogIT {

	@Autowired
	AuditLog audit;

	@Autowired
	TestUsers users;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void signOut() {
		TestUsers.signOut();
	}

	@Test
	void records_the_signed_in_actor_inside_the_callers_transaction_only() {
		TestUser admin = users.create("audit-admin", Locale.ENGLISH, Roles.ADMIN);
		users.signIn(admin);
		String target = UUID.randomUUID().toString();

		transactions.executeWithoutResult(tx -> audit.record("test.kept", "thing", target, "n=1"));
		transactions.executeWithoutResult(tx -> {
			audit.record("test.dropped", "thing", target, null);
			tx.setRollbackOnly();
		});

		assertThat(audit.page("test.", "thing", target, 0, 10)).singleElement().satisfies(entry -> {
			assertThat(entry.actorId()).isEqualTo(admin.id());
			assertThat(entry.action()).isEqualTo("test.kept");
			assertThat(entry.detail()).isEqualTo("n=1");
		});
		assertThat(audit.count("test.", "thing", target)).isEqualTo(1);
		assertThatThrownBy(() -> audit.record("test.outside", "thing", target, null))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void only_admins_read_the_log() {
		users.signIn(users.create("audit-trainer", Locale.ENGLISH, Roles.TRAINER));
		assertThatThrownBy(() -> audit.page("", null, null, 0, 10)).isInstanceOf(AccessDeniedException.class);
	}

}
