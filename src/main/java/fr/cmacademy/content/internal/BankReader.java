package fr.cmacademy.content.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.content.ContentSet.BankQuestion;
import fr.cmacademy.question.BankPairing;
import fr.cmacademy.question.BilingualQuestion;
import fr.cmacademy.question.GiftParser;
import fr.cmacademy.question.GiftProblem;
import fr.cmacademy.question.GiftResult;
import fr.cmacademy.question.GiftWriter;
import fr.cmacademy.question.Question;
import fr.cmacademy.question.QuestionType;

/**
 * Reads a module's {@code banks/} folder: pairs of {@code <bank>.fr.gift} and
 * {@code <bank>.en.gift} files holding the same questions in two languages.
 */
public final class BankReader {

	/**
	 * Claims an id for a file and line; false if it is a duplicate (already reported).
	 */
	@FunctionalInterface
	public interface IdClaims {

		boolean claim(String id, String file, int line);

	}

	private final Problems problems;

	private final Function<Path, String> relative;

	private final Function<Path, @Nullable String> reader;

	private final IdClaims claims;

	public BankReader(Problems problems, Function<Path, String> relative, Function<Path, @Nullable String> reader,
			IdClaims claims) {
		this.problems = problems;
		this.relative = relative;
		this.reader = reader;
		this.claims = claims;
	}

	/** Every question of every bank of a module, in file order. */
	public List<BankQuestion> read(Path moduleFolder) {
		Path dir = moduleFolder.resolve("banks");
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		Map<String, Path[]> banks = new TreeMap<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				int language = name.endsWith(".fr.gift") ? 0 : name.endsWith(".en.gift") ? 1 : -1;
				if (language < 0 || !Files.isRegularFile(file)) {
					problems.add(relative.apply(file), 1,
							"banks/ holds only question banks named <bank>.fr.gift and <bank>.en.gift");
					continue;
				}
				banks.computeIfAbsent(name.substring(0, name.length() - ".fr.gift".length()),
						k -> new Path[2])[language] = file;
			}
		}
		catch (IOException ex) {
			problems.add(relative.apply(dir), 1, "cannot read: " + ex.getMessage());
		}
		List<BankQuestion> questions = new ArrayList<>();
		banks.forEach((bank, files) -> questions.addAll(bank(dir, bank, files)));
		return questions;
	}

	private List<BankQuestion> bank(Path dir, String bank, Path[] files) {
		for (int i = 0; i < 2; i++) {
			if (files[i] == null) {
				String missing = bank + (i == 0 ? ".fr.gift" : ".en.gift");
				problems.add(relative.apply(dir.resolve(files[1 - i].getFileName())), 1,
						"missing translation: no " + missing + " next to this bank");
				return List.of();
			}
		}
		GiftResult fr = parse(files[0]);
		GiftResult en = parse(files[1]);
		if (fr == null || en == null) {
			return List.of();
		}
		String frFile = relative.apply(files[0]);
		String enFile = relative.apply(files[1]);
		fr.cmacademy.question.PairingResult paired = BankPairing.pair(fr.questions(), en.questions());
		report(frFile, paired.frProblems());
		report(enFile, paired.enProblems());
		if (!paired.frProblems().isEmpty() || !paired.enProblems().isEmpty()) {
			return List.of();
		}
		List<BankQuestion> result = new ArrayList<>();
		for (BilingualQuestion question : paired.questions()) {
			Question q = question.fr();
			String id = question.id();
			if (!Ids.valid(id)) {
				problems.add(frFile, q.line(), "invalid question id '" + id + "': " + Ids.RULE);
				continue;
			}
			if (q.category().isBlank()) {
				problems.add(frFile, q.line(),
						"question '" + id + "' has no category: put a '$CATEGORY: <module>/<topic>' line before it");
				continue;
			}
			if (q.type() == QuestionType.DESCRIPTION) {
				problems.add(frFile, q.line(),
						"question '" + id + "' has no answer block {…}: banks hold questions only, not descriptions");
				continue;
			}
			if (!claims.claim(id, frFile, q.line())) {
				continue;
			}
			String giftFr = GiftWriter.write(List.of(q));
			String giftEn = GiftWriter.write(List.of(question.en()));
			result.add(new BankQuestion(id, bank, q.category(), q.type().name(), giftFr, giftEn,
					Hashes.sha256(giftFr + "\u0000" + giftEn)));
		}
		return result;
	}

	private @Nullable GiftResult parse(Path file) {
		String text = reader.apply(file);
		if (text == null) {
			return null;
		}
		GiftResult result = GiftParser.parse(text);
		report(relative.apply(file), result.problems());
		return result.problems().isEmpty() ? result : null;
	}

	private void report(String file, List<GiftProblem> found) {
		found.forEach(p -> problems.add(file, p.line(), p.message()));
	}

}
