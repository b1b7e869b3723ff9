package fr.cmacademy.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cmacademy.question.BankPairing;
import fr.cmacademy.question.BilingualQuestion;
import fr.cmacademy.question.GiftParser;
import fr.cmacademy.question.GiftProblem;
import fr.cmacademy.question.GiftResult;
import fr.cmacademy.question.GiftWriter;
import fr.cmacademy.question.PairingResult;
import fr.cmacademy.question.Question;

/**
 * A bank's two GIFT files as question forms and back: read with the GIFT reader and the
 * bank pairing, written with the GIFT writer, so that the text view and the form are two
 * views of the same files.
 *
 * @param questions the questions in file order, when both files read without problem
 * @param problems why the form cannot show the bank ({@code file:line: message}), empty
 * when it can
 */
public record BankForm(List<BankQuestion> questions, List<String> problems) {

	public BankForm {
		questions = List.copyOf(questions);
		problems = List.copyOf(problems);
	}

	/** The two GIFT texts of a bank. */
	public record Files(String fr, String en) {
	}

	/**
	 * Reads a bank; a bank with any GIFT or pairing problem opens in the text view only.
	 */
	public static BankForm read(String name, String frText, String enText) {
		GiftResult fr = GiftParser.parse(frText);
		GiftResult en = GiftParser.parse(enText);
		List<String> problems = new ArrayList<>();
		fr.problems().forEach(p -> problems.add(line(name, "fr", p)));
		en.problems().forEach(p -> problems.add(line(name, "en", p)));
		if (!problems.isEmpty()) {
			return new BankForm(List.of(), problems);
		}
		PairingResult paired = BankPairing.pair(fr.questions(), en.questions());
		paired.frProblems().forEach(p -> problems.add(line(name, "fr", p)));
		paired.enProblems().forEach(p -> problems.add(line(name, "en", p)));
		if (!problems.isEmpty()) {
			return new BankForm(List.of(), problems);
		}
		return new BankForm(paired.questions().stream().map(q -> BankQuestion.of(q.fr(), q.en())).toList(), List.of());
	}

	/**
	 * Writes the questions as GIFT; an empty bank keeps a category line so that the next
	 * question knows where it goes.
	 */
	public static Files write(List<BankQuestion> questions, String emptyCategory) {
		if (questions.isEmpty()) {
			String head = "$CATEGORY: " + emptyCategory + "\n";
			return new Files(head, head);
		}
		return new Files(GiftWriter.write(questions.stream().map(BankQuestion::fr).toList()),
				GiftWriter.write(questions.stream().map(BankQuestion::en).toList()));
	}

	/**
	 * Every problem of the questions, by question index: each form's own, ids used twice,
	 * and, as the last safety net, what the GIFT reader says of the written files or any
	 * difference once they are read back.
	 */
	public static Map<Integer, List<FieldProblem>> check(List<BankQuestion> questions) {
		Map<Integer, List<FieldProblem>> problems = new LinkedHashMap<>();
		Map<String, Integer> ids = new HashMap<>();
		for (int i = 0; i < questions.size(); i++) {
			List<FieldProblem> own = new ArrayList<>(questions.get(i).problems());
			Integer first = ids.putIfAbsent(questions.get(i).id().strip(), i);
			if (first != null) {
				own.add(FieldProblem.of("id", "authoring.qform.error.duplicate-id", first + 1));
			}
			if (!own.isEmpty()) {
				problems.put(i, own);
			}
		}
		if (!problems.isEmpty() || questions.isEmpty()) {
			return problems;
		}
		Files files;
		try {
			files = write(questions, "");
		}
		catch (IllegalArgumentException e) {
			problems.put(0, List.of(FieldProblem.of("gift", "authoring.qform.error.gift", e.getMessage())));
			return problems;
		}
		GiftResult fr = GiftParser.parse(files.fr());
		GiftResult en = GiftParser.parse(files.en());
		List<GiftProblem> giftProblems = new ArrayList<>(fr.problems());
		giftProblems.addAll(en.problems());
		PairingResult paired = BankPairing.pair(fr.questions(), en.questions());
		giftProblems.addAll(paired.frProblems());
		giftProblems.addAll(paired.enProblems());
		List<Question> written = fr.questions();
		for (GiftProblem p : giftProblems) {
			int index = indexAt(files.fr(), p.line());
			problems.computeIfAbsent(index, k -> new ArrayList<>())
				.add(FieldProblem.of("gift", "authoring.qform.error.gift", p.message()));
		}
		if (problems.isEmpty()) {
			List<BilingualQuestion> back = paired.questions();
			for (int i = 0; i < questions.size(); i++) {
				BankQuestion expected = BankQuestion.of(questions.get(i).fr(), questions.get(i).en());
				if (i >= back.size() || !expected.equals(BankQuestion.of(back.get(i).fr(), back.get(i).en()))) {
					problems.put(i, List.of(FieldProblem.of("gift", "authoring.qform.error.round-trip")));
				}
			}
			if (written.size() != questions.size() && problems.isEmpty()) {
				problems.put(0, List.of(FieldProblem.of("gift", "authoring.qform.error.round-trip")));
			}
		}
		return problems;
	}

	/**
	 * The index of the question a line of written GIFT belongs to (questions start with
	 * {@code ::}).
	 */
	private static int indexAt(String gift, int line) {
		String[] lines = gift.split("\n", -1);
		int index = -1;
		for (int i = 0; i < Math.min(line, lines.length); i++) {
			if (lines[i].startsWith("::")) {
				index++;
			}
		}
		return Math.max(index, 0);
	}

	private static String line(String name, String language, GiftProblem p) {
		return name + "." + language + ".gift:" + p.line() + ": " + p.message();
	}

}
