package fr.cmacademy.certificate;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verification codes are long, random and forgiving to type.
 */
class VerificationCodesTest {

	@Test
	void codes_are_twenty_random_characters_never_repeated() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String code = VerificationCodes.generate();
			assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{20}");
			codes.add(code);
		}
		assertThat(codes).hasSize(10_000);
	}

	@Test
	void typing_ignores_case_spaces_and_dashes_and_reads_look_alike_letters() {
		assertThat(VerificationCodes.display("7KQ2M9XW4HBR8ZT3NV6P")).isEqualTo("7KQ2M-9XW4H-BR8ZT-3NV6P");
		assertThat(VerificationCodes.normalize(" 7kq2m-9xw4h br8zt-3nv6p ")).contains("7KQ2M9XW4HBR8ZT3NV6P");
		assertThat(VerificationCodes.normalize("O0IL1-00000-00000-00000")).contains("00111000000000000000");
		assertThat(VerificationCodes.normalize("7KQ2M-9XW4H")).isEmpty();
		assertThat(VerificationCodes.normalize("7KQ2M-9XW4H-BR8ZT-3NV6U")).isEmpty();
		assertThat(VerificationCodes.normalize("../../etc/passwd")).isEmpty();
	}

}
