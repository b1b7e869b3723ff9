package fr.cmacademy.question;

/** The answer to a true/false question. */
public record TrueFalseResponse(boolean value) implements Response {

	@Override
	public boolean isEmpty() {
		return false;
	}

}
