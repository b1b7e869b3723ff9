package fr.cmacademy.question;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** GIFT files under {@code src/test/resources/gift}. */
final class GiftFixtures {

	private GiftFixtures() {
	}

	static String read(String name) {
		try (InputStream in = GiftFixtures.class.getResourceAsStream("/gift/" + name)) {
			return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
