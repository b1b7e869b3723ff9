package fr.cmacademy.question;

/**
 * The kinds of question a bank can hold. All but {@link #ORDERING} are Moodle question
 * types that GIFT can express; ordering is a CM Academy extension of GIFT.
 */
public enum QuestionType {

	SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER, NUMERIC, MATCHING, ORDERING, ESSAY, DESCRIPTION

}
