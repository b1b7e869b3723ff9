package fr.cmacademy.quiz;

/**
 * A new attempt cannot start: the quiz is not open yet, closed, or no attempt is left.
 */
public class QuizUnavailableException extends RuntimeException {

	private final QuizOverview.Availability reason;

	public QuizUnavailableException(QuizOverview.Availability reason) {
		super("Quiz unavailable: " + reason);
		this.reason = reason;
	}

	public QuizOverview.Availability reason() {
		return reason;
	}

}
