package fr.cmacademy.authoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.question.Choice;
import fr.cmacademy.question.Description;
import fr.cmacademy.question.Essay;
import fr.cmacademy.question.FormattedText;
import fr.cmacademy.question.MatchPair;
import fr.cmacademy.question.Matching;
import fr.cmacademy.question.MultipleChoice;
import fr.cmacademy.question.Numeric;
import fr.cmacademy.question.NumericAnswer;
import fr.cmacademy.question.Ordering;
import fr.cmacademy.question.Question;
import fr.cmacademy.question.QuestionInfo;
import fr.cmacademy.question.QuestionType;
import fr.cmacademy.question.ShortAnswer;
import fr.cmacademy.question.SingleChoice;
import fr.cmacademy.question.TextAnswer;
import fr.cmacademy.question.TextFormat;
import fr.cmacademy.question.TrueFalse;
import fr.cmacademy.shared.Text;

/**
 * One question of a bank as the question form edits it: its French and English versions
 * in one record, so that what must be the same in both (id, type, category, weights,
 * values) is typed once. It is made from, and turned back into, the two {@link Question}
 * records the GIFT reader and writer use.
 *
 * <p>
 * Options mean, by type: choices (text, weight, feedback), true/false (first the "true"
 * answer then the "false" one, weight 100 on the right one, feedback), short answers
 * (accepted text per language, blank when a language lists fewer, weight, feedback),
 * numeric answers (value, tolerance, weight, feedback), matching pairs (item in
 * {@code text}, answer in {@code match}; a blank item is a wrong answer to choose from),
 * ordering items in the right order.
 *
 * @param format the format of the question text, used for every formatted part
 * @param tags the bank's {@code [tag:...]} values, kept as they were
 * @param otherwiseFeedback numeric only: shown when no answer matches
 */
public record BankQuestion(QuestionType type, String id, String category, Text name, Text text, TextFormat format,
		List<Option> options, Text generalFeedback, Text otherwiseFeedback, List<String> tags) {

	/**
	 * Moodle's grades, the only weights its GIFT import accepts (and their negatives).
	 */
	public static final List<Double> GRADES = List.of(100.0, 90.0, 83.33333, 80.0, 75.0, 70.0, 66.66667, 60.0, 50.0,
			40.0, 33.33333, 30.0, 25.0, 20.0, 16.66667, 14.28571, 12.5, 11.11111, 10.0, 5.0, 0.0);

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}");

	private static final Text NONE = new Text("", "");

	/**
	 * @param percent the weight in percent, one of {@link #GRADES} or its negative
	 * @param value numeric only, else null
	 * @param tolerance numeric only, never negative, else null
	 */
	public record Option(Text text, Text match, double percent, @Nullable BigDecimal value,
			@Nullable BigDecimal tolerance, Text feedback) {

		public Option {
			Objects.requireNonNull(text, "text");
			Objects.requireNonNull(match, "match");
			Objects.requireNonNull(feedback, "feedback");
			value = value == null ? null : value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
			tolerance = tolerance == null ? null
					: tolerance.signum() == 0 ? BigDecimal.ZERO : tolerance.stripTrailingZeros();
		}

		public static Option choice(Text text, double percent, Text feedback) {
			return new Option(text, NONE, percent, null, null, feedback);
		}

		public static Option numeric(BigDecimal value, BigDecimal tolerance, double percent, Text feedback) {
			return new Option(NONE, NONE, percent, value, tolerance, feedback);
		}

		public static Option pair(Text item, Text answer) {
			return new Option(item, answer, 0, null, null, NONE);
		}

	}

	public BankQuestion {
		Objects.requireNonNull(type, "type");
		options = List.copyOf(options);
		tags = List.copyOf(tags);
	}

	/** A new question of {@code type} with the options it cannot do without. */
	public static BankQuestion blank(QuestionType type, String id, String category) {
		List<Option> options = switch (type) {
			case SINGLE_CHOICE -> List.of(Option.choice(NONE, 100, NONE), Option.choice(NONE, 0, NONE));
			case MULTIPLE_CHOICE ->
				List.of(Option.choice(NONE, 50, NONE), Option.choice(NONE, 50, NONE), Option.choice(NONE, -50, NONE));
			case TRUE_FALSE -> List.of(Option.choice(NONE, 100, NONE), Option.choice(NONE, 0, NONE));
			case SHORT_ANSWER -> List.of(Option.choice(NONE, 100, NONE));
			case NUMERIC -> List.of(Option.numeric(BigDecimal.ZERO, BigDecimal.ZERO, 100, NONE));
			case MATCHING -> List.of(Option.pair(NONE, NONE), Option.pair(NONE, NONE));
			case ORDERING -> List.of(Option.choice(NONE, 0, NONE), Option.choice(NONE, 0, NONE));
			case ESSAY, DESCRIPTION -> List.of();
		};
		return new BankQuestion(type, id, category, NONE, NONE, TextFormat.MARKDOWN, options, NONE, NONE, List.of());
	}

	/** The form of a question whose two versions the bank pairing accepted. */
	public static BankQuestion of(Question fr, Question en) {
		List<Option> options = new ArrayList<>();
		Text otherwise = NONE;
		switch (fr) {
			case SingleChoice q -> choices(q.choices(), ((SingleChoice) en).choices(), options);
			case MultipleChoice q -> choices(q.choices(), ((MultipleChoice) en).choices(), options);
			case TrueFalse q -> {
				TrueFalse e = (TrueFalse) en;
				options.add(Option.choice(NONE, q.correctAnswer() ? 100 : 0, text(q.trueFeedback(), e.trueFeedback())));
				options
					.add(Option.choice(NONE, q.correctAnswer() ? 0 : 100, text(q.falseFeedback(), e.falseFeedback())));
			}
			case ShortAnswer q -> {
				List<TextAnswer> enAnswers = ((ShortAnswer) en).answers();
				for (int i = 0; i < Math.max(q.answers().size(), enAnswers.size()); i++) {
					TextAnswer f = i < q.answers().size() ? q.answers().get(i) : null;
					TextAnswer e = i < enAnswers.size() ? enAnswers.get(i) : null;
					TextAnswer any = f != null ? f : Objects.requireNonNull(e);
					options.add(Option.choice(new Text(f == null ? "" : f.text(), e == null ? "" : e.text()),
							percent(any.fraction()), text(f == null ? FormattedText.EMPTY : f.feedback(),
									e == null ? FormattedText.EMPTY : e.feedback())));
				}
			}
			case Numeric q -> {
				List<NumericAnswer> enAnswers = ((Numeric) en).answers();
				for (int i = 0; i < q.answers().size(); i++) {
					NumericAnswer a = q.answers().get(i);
					options.add(Option.numeric(a.value(), a.tolerance(), percent(a.fraction()),
							text(a.feedback(), enAnswers.get(i).feedback())));
				}
				otherwise = text(q.otherwiseFeedback(), ((Numeric) en).otherwiseFeedback());
			}
			case Matching q -> {
				Matching e = (Matching) en;
				for (int i = 0; i < q.pairs().size(); i++) {
					MatchPair f = q.pairs().get(i);
					MatchPair g = e.pairs().get(i);
					options.add(Option.pair(text(f.left(), g.left()), new Text(f.right(), g.right())));
				}
				for (int i = 0; i < Math.max(q.distractors().size(), e.distractors().size()); i++) {
					options.add(Option.pair(NONE, new Text(i < q.distractors().size() ? q.distractors().get(i) : "",
							i < e.distractors().size() ? e.distractors().get(i) : "")));
				}
			}
			case Ordering q -> {
				for (int i = 0; i < q.items().size(); i++) {
					options.add(Option.choice(text(q.items().get(i), ((Ordering) en).items().get(i)), 0, NONE));
				}
			}
			case Essay q -> {
			}
			case Description q -> {
			}
		}
		TextFormat format = fr.text().isEmpty() ? TextFormat.MARKDOWN : fr.text().format();
		return new BankQuestion(fr.type(), fr.idNumber() == null ? "" : fr.idNumber(), fr.category(),
				new Text(fr.name(), en.name()), text(fr.text(), en.text()), format, options,
				text(fr.generalFeedback(), en.generalFeedback()), otherwise, fr.tags());
	}

	private static void choices(List<Choice> fr, List<Choice> en, List<Option> options) {
		for (int i = 0; i < fr.size(); i++) {
			Choice f = fr.get(i);
			Choice e = en.get(i);
			options
				.add(Option.choice(text(f.text(), e.text()), percent(f.fraction()), text(f.feedback(), e.feedback())));
		}
	}

	private static Text text(FormattedText fr, FormattedText en) {
		return new Text(fr.source(), en.source());
	}

	/** A fraction as the percent the form shows, rounded as Moodle's grades are. */
	static double percent(double fraction) {
		return Math.round(fraction * 10_000_000) / 100_000.0;
	}

	/** The French version, as the GIFT writer takes it. */
	public Question fr() {
		return question(true);
	}

	/** The English version, as the GIFT writer takes it. */
	public Question en() {
		return question(false);
	}

	private Question question(boolean fr) {
		QuestionInfo info = new QuestionInfo(pick(name, fr), id.isBlank() ? null : id.strip(), tags, category.strip(),
				formatted(text, fr), formatted(generalFeedback, fr), 0);
		return switch (type) {
			case SINGLE_CHOICE -> new SingleChoice(info, options.stream().map(o -> choice(o, fr)).toList());
			case MULTIPLE_CHOICE -> new MultipleChoice(info, options.stream().map(o -> choice(o, fr)).toList());
			case TRUE_FALSE -> new TrueFalse(info, options.isEmpty() || options.get(0).percent() == 100,
					options.isEmpty() ? FormattedText.EMPTY : formatted(options.get(0).feedback(), fr),
					options.size() < 2 ? FormattedText.EMPTY : formatted(options.get(1).feedback(), fr));
			case SHORT_ANSWER -> new ShortAnswer(info,
					options.stream()
						.filter(o -> !pick(o.text(), fr).isBlank())
						.map(o -> new TextAnswer(pick(o.text(), fr), o.percent() / 100, formatted(o.feedback(), fr)))
						.toList());
			case NUMERIC ->
				new Numeric(info,
						options.stream()
							.map(o -> new NumericAnswer(o.value() == null ? BigDecimal.ZERO : o.value(),
									o.tolerance() == null || o.tolerance().signum() < 0 ? BigDecimal.ZERO
											: o.tolerance(),
									o.percent() / 100, formatted(o.feedback(), fr)))
							.toList(),
						formatted(otherwiseFeedback, fr));
			case MATCHING -> new Matching(info,
					options.stream()
						.filter(o -> !pick(o.text(), fr).isBlank())
						.map(o -> new MatchPair(formatted(o.text(), fr), pick(o.match(), fr)))
						.toList(),
					options.stream()
						.filter(o -> pick(o.text(), fr).isBlank() && !pick(o.match(), fr).isBlank())
						.map(o -> pick(o.match(), fr))
						.toList());
			case ORDERING -> new Ordering(info, options.stream().map(o -> formatted(o.text(), fr)).toList());
			case ESSAY -> new Essay(info);
			case DESCRIPTION -> new Description(info);
		};
	}

	private Choice choice(Option o, boolean fr) {
		return new Choice(formatted(o.text(), fr), o.percent() / 100, formatted(o.feedback(), fr));
	}

	private FormattedText formatted(Text t, boolean fr) {
		return new FormattedText(pick(t, fr), format);
	}

	private static String pick(Text t, boolean fr) {
		return (fr ? t.fr() : t.en()).strip();
	}

	/**
	 * What is wrong with the form, field by field; empty when the question can be written
	 * in both languages and graded the same way in each.
	 */
	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (!ID.matcher(id.strip()).matches()) {
			problems.add(FieldProblem.of("id", "authoring.qform.error.id", id));
		}
		if (category.isBlank() || category.contains("\\") || category.contains("\n") || category.contains("\r")) {
			problems.add(FieldProblem.of("category", "authoring.qform.error.category"));
		}
		both(problems, "name", name);
		both(problems, "text", text);
		translated(problems, "generalFeedback", generalFeedback);
		if (type == QuestionType.DESCRIPTION && !generalFeedback.fr().isBlank()) {
			problems.add(FieldProblem.of("generalFeedback", "authoring.qform.error.description-feedback"));
		}
		for (int i = 0; i < options.size(); i++) {
			Option o = options.get(i);
			if (!GRADES.contains(Math.abs(o.percent()))) {
				problems.add(FieldProblem.of("option." + i + ".percent", "authoring.qform.error.grade", o.percent()));
			}
			translated(problems, "option." + i + ".feedback", o.feedback());
		}
		switch (type) {
			case SINGLE_CHOICE -> {
				choiceTexts(problems);
				if (options.stream().noneMatch(o -> o.percent() == 100)) {
					problems.add(FieldProblem.of("options", "authoring.qform.error.no-correct"));
				}
			}
			case MULTIPLE_CHOICE -> {
				choiceTexts(problems);
				double sum = options.stream().mapToDouble(Option::percent).filter(p -> p > 0).sum();
				if (Math.abs(sum - 100) > 0.01) {
					problems.add(FieldProblem.of("options", "authoring.qform.error.sum",
							BigDecimal.valueOf(sum)
								.setScale(2, java.math.RoundingMode.HALF_UP)
								.stripTrailingZeros()
								.toPlainString()));
				}
				if (options.stream().anyMatch(o -> o.percent() == 100)) {
					problems.add(FieldProblem.of("options", "authoring.qform.error.multiple-full"));
				}
			}
			case TRUE_FALSE -> {
				if (options.size() != 2 || options.get(0).percent() + options.get(1).percent() != 100) {
					problems.add(FieldProblem.of("options", "authoring.qform.error.no-correct"));
				}
			}
			case SHORT_ANSWER -> shortAnswers(problems);
			case NUMERIC -> numeric(problems);
			case MATCHING -> matching(problems);
			case ORDERING -> {
				if (options.size() < 2) {
					problems.add(FieldProblem.of("options", "authoring.qform.error.min-options", 2));
				}
				for (int i = 0; i < options.size(); i++) {
					both(problems, "option." + i + ".text", options.get(i).text());
				}
			}
			case ESSAY, DESCRIPTION -> {
			}
		}
		return problems;
	}

	private void choiceTexts(List<FieldProblem> problems) {
		if (options.size() < 2) {
			problems.add(FieldProblem.of("options", "authoring.qform.error.min-options", 2));
		}
		for (int i = 0; i < options.size(); i++) {
			both(problems, "option." + i + ".text", options.get(i).text());
		}
	}

	private void shortAnswers(List<FieldProblem> problems) {
		for (int i = 0; i < options.size(); i++) {
			Option o = options.get(i);
			if (o.text().fr().isBlank() && o.text().en().isBlank()) {
				problems.add(FieldProblem.of("option." + i + ".text", "authoring.qform.error.required"));
			}
			if (o.text().fr().contains("->") || o.text().en().contains("->")) {
				problems.add(FieldProblem.of("option." + i + ".text", "authoring.qform.error.arrow"));
			}
		}
		for (boolean fr : new boolean[] { true, false }) {
			boolean right = options.stream().anyMatch(o -> o.percent() == 100 && !pick(o.text(), fr).isBlank());
			if (!right) {
				problems.add(FieldProblem.of("options", "authoring.qform.error.no-accepted", fr ? "FR" : "EN"));
			}
		}
	}

	private void numeric(List<FieldProblem> problems) {
		if (options.isEmpty()) {
			problems.add(FieldProblem.of("options", "authoring.qform.error.min-options", 1));
		}
		for (int i = 0; i < options.size(); i++) {
			Option o = options.get(i);
			if (o.value() == null) {
				problems.add(FieldProblem.of("option." + i + ".value", "authoring.qform.error.required"));
			}
			if (o.tolerance() == null || o.tolerance().signum() < 0) {
				problems.add(FieldProblem.of("option." + i + ".tolerance", "authoring.qform.error.tolerance"));
			}
		}
		if (options.stream().noneMatch(o -> o.percent() == 100)) {
			problems.add(FieldProblem.of("options", "authoring.qform.error.no-correct"));
		}
		translated(problems, "otherwiseFeedback", otherwiseFeedback);
	}

	private void matching(List<FieldProblem> problems) {
		long pairs = options.stream().filter(o -> !o.text().fr().isBlank() || !o.text().en().isBlank()).count();
		if (pairs < 2) {
			problems.add(FieldProblem.of("options", "authoring.qform.error.min-pairs"));
		}
		for (int i = 0; i < options.size(); i++) {
			Option o = options.get(i);
			boolean distractor = o.text().fr().isBlank() && o.text().en().isBlank();
			if (!distractor) {
				both(problems, "option." + i + ".text", o.text());
			}
			both(problems, "option." + i + ".match", o.match());
			if (o.text().fr().contains("->") || o.text().en().contains("->") || o.match().fr().contains("->")
					|| o.match().en().contains("->")) {
				problems.add(FieldProblem.of("option." + i + ".text", "authoring.qform.error.arrow"));
			}
		}
	}

	/** Both languages required. */
	private static void both(List<FieldProblem> problems, String field, Text t) {
		if (t.fr().isBlank() && t.en().isBlank()) {
			problems.add(FieldProblem.of(field, "authoring.qform.error.required"));
		}
		else {
			translated(problems, field, t);
		}
	}

	/** Optional, but then in both languages. */
	private static void translated(List<FieldProblem> problems, String field, Text t) {
		if (t.fr().isBlank() != t.en().isBlank()) {
			problems.add(FieldProblem.of(field, "authoring.qform.error.translation", t.fr().isBlank() ? "FR" : "EN"));
		}
	}

}
