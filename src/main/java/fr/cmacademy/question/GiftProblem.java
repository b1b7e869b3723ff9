package fr.cmacademy.question;

/**
 * Something wrong in a GIFT file.
 *
 * @param line the 1-based line of the offending answer, or of the question's start
 * @param message what is wrong and, where it helps, how to fix it
 */
public record GiftProblem(int line, String message) {

	@Override
	public String toString() {
		return line + ": " + message;
	}

}
