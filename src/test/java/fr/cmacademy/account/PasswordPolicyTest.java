package fr.cmacademy.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void accepts_a_long_passphrase_without_composition_rules() {
		assertThat(policy.problem("la mer est calme ce soir", "camille")).isEmpty();
	}

	@Test
	void accepts_64_characters_and_more() {
		assertThat(policy.problem("a".repeat(20) + "b".repeat(20) + "c".repeat(30), "camille")).isEmpty();
	}

	@Test
	void refuses_fewer_than_eight_characters() {
		assertThat(policy.problem("x7#kq2!", "camille")).contains("account.password.too-short");
	}

	@Test
	void refuses_more_than_128_characters() {
		assertThat(policy.problem("z".repeat(129), "camille")).contains("account.password.too-long");
	}

	@Test
	void refuses_common_passwords_whatever_their_case() {
		assertThat(policy.problem("password123", "camille")).contains("account.password.too-common");
		assertThat(policy.problem("AZERTYUIOP", "camille")).contains("account.password.too-common");
		assertThat(policy.problem("motdepasse", "camille")).contains("account.password.too-common");
	}

	@Test
	void refuses_the_user_name_as_password() {
		assertThat(policy.problem("camille.laurent", "camille.laurent")).contains("account.password.too-common");
	}

	@Test
	void check_names_the_field() {
		assertThatThrownBy(() -> policy.check("password", "short", "camille")).isInstanceOf(AccountException.class)
			.satisfies(ex -> assertThat(((AccountException) ex).field()).isEqualTo("password"));
	}

}
