package fr.cmacademy.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pairs the questions of a bank's {@code .fr.gift} and {@code .en.gift} files by id and
 * checks that only texts differ: same ids in the same order, same type and category, same
 * number of choices, pairs or items, same weights, same true/false answer, same numeric
 * answers, same matching structure. Short answers may list different accepted answers in
 * each language.
 *
 * <p>
 * A question missing from one file is reported in the file that has it; an out-of-order
 * or mismatching translation is reported in the English file, at the English question's
 * line, with the French line for reference: French is the language banks are written in
 * first.
 */
public final class BankPairing {

	private BankPairing() {
	}

	public static PairingResult pair(List<Question> fr, List<Question> en) {
		List<GiftProblem> frProblems = new ArrayList<>();
		List<GiftProblem> enProblems = new ArrayList<>();
		Map<String, Question> frById = byId(fr, frProblems);
		Map<String, Question> enById = byId(en, enProblems);
		frById.values()
			.stream()
			.filter(q -> !enById.containsKey(q.idNumber()))
			.forEach(q -> frProblems.add(new GiftProblem(q.line(), "question " + q.idNumber()
					+ " has no English version: add it to the .en.gift file at the same place")));
		enById.values()
			.stream()
			.filter(q -> !frById.containsKey(q.idNumber()))
			.forEach(q -> enProblems.add(new GiftProblem(q.line(), "question " + q.idNumber()
					+ " is not in the French bank: the ids must be the same in both files")));
		List<String> frOrder = frById.keySet().stream().filter(enById::containsKey).toList();
		List<String> enOrder = enById.keySet().stream().filter(frById::containsKey).toList();
		Set<String> inPlace = Set.copyOf(longestCommonSubsequence(frOrder, enOrder));
		List<BilingualQuestion> paired = new ArrayList<>();
		for (String id : frOrder) {
			Question frQuestion = frById.get(id);
			Question enQuestion = enById.get(id);
			if (!inPlace.contains(id)) {
				enProblems.add(new GiftProblem(enQuestion.line(),
						"question " + id + " is not in the same place as in the French file (line " + frQuestion.line()
								+ "): keep the questions in the same order"));
			}
			List<String> differences = BankDifferences.of(frQuestion, enQuestion);
			differences.forEach(difference -> enProblems.add(new GiftProblem(enQuestion.line(), "question " + id
					+ " differs from its French version (line " + frQuestion.line() + "): " + difference)));
			if (differences.isEmpty()) {
				paired.add(new BilingualQuestion(frQuestion, enQuestion));
			}
		}
		return new PairingResult(paired, frProblems, enProblems);
	}

	private static Map<String, Question> byId(List<Question> questions, List<GiftProblem> problems) {
		Map<String, Question> byId = new LinkedHashMap<>();
		for (Question question : questions) {
			String id = question.idNumber();
			if (id == null) {
				problems.add(new GiftProblem(question.line(),
						"question '" + question.name() + "' has no id: put a '// [id:...]' line right above it"));
			}
			else if (byId.containsKey(id)) {
				problems.add(new GiftProblem(question.line(),
						"id " + id + " is already used at line " + byId.get(id).line()));
			}
			else {
				byId.put(id, question);
			}
		}
		return byId;
	}

	/** The ids in the same relative order in both lists, as many as possible. */
	private static List<String> longestCommonSubsequence(List<String> a, List<String> b) {
		int[][] lengths = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1
						: Math.max(lengths[i + 1][j], lengths[i][j + 1]);
			}
		}
		List<String> common = new ArrayList<>();
		for (int i = 0, j = 0; i < a.size() && j < b.size();) {
			if (a.get(i).equals(b.get(j))) {
				common.add(a.get(i));
				i++;
				j++;
			}
			else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
				i++;
			}
			else {
				j++;
			}
		}
		return common;
	}

	static String joined(List<?> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

}
