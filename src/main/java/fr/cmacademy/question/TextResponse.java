package fr.cmacademy.question;

import java.util.Objects;

/** Typed text: the answer to a short answer question or an essay. */
public record TextResponse(String text) implements Response {

	public TextResponse {
		Objects.requireNonNull(text, "text");
	}

	@Override
	public boolean isEmpty() {
		return text.isBlank();
	}

}
