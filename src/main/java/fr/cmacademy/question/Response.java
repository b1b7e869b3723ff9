package fr.cmacademy.question;

/**
 * What a learner answered to one question, independent of the language it was shown in:
 * indices refer to the canonical (file) order of answers, never to a shuffled display
 * order. {@link ResponseCodec} stores it as text.
 */
public sealed interface Response
		permits ChoiceResponse, TrueFalseResponse, TextResponse, NumericResponse, MatchingResponse, OrderingResponse {

	/** Whether nothing was answered (nothing selected, blank text...). */
	boolean isEmpty();

}
