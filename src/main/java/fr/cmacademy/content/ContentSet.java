package fr.cmacademy.content;

import fr.cmacademy.shared.Text;

import java.util.List;

import org.jspecify.annotations.Nullable;
import java.util.stream.Stream;

/**
 * Everything a valid content folder declares, in order.
 */
public record ContentSet(List<Programme> programmes) {

	/** Every module of every programme, in order. */
	public Stream<Module> modules() {
		return programmes.stream().flatMap(p -> p.modules().stream());
	}

	/** Every item of every module, in order. */
	public Stream<Item> items() {
		return modules().flatMap(m -> m.items().stream());
	}

	/**
	 * A programme: an ordered list of modules a learner enrols in, and the rules of its
	 * certificate if it leads to one ({@code definition} is its {@code programme.yaml}).
	 */
	public record Programme(String id, Text title, Text summary, boolean selfEnrol, List<Module> modules, String hash,
			@Nullable CertificateRules certificate, String definition) {
	}

	/** A module: ordered items, objectives, a completion rule. */
	public record Module(String id, String folder, Text title, Text summary, int estimatedMinutes,
			List<Text> objectives, Completion completion, List<Item> items, List<BankQuestion> questions, String hash) {
	}

	/**
	 * A question of one of the module's banks: its GIFT text in each language (read back
	 * with the same parser that validated it).
	 */
	public record BankQuestion(String id, String bank, String category, String type, String giftFr, String giftEn,
			String hash) {
	}

	/**
	 * Which items must be completed for the module to count as completed: all of them, or
	 * the listed ids.
	 */
	public record Completion(boolean all, List<String> itemIds) {
	}

	/**
	 * An item of a module. Lessons are Markdown in both languages; quizzes have an
	 * optional intro as body and their validated {@code quiz.yaml} as definition.
	 * {@code hash} changes when any of it does.
	 */
	public record Item(String id, ItemKind kind, String folder, Text title, int minutes, Text body, String hash,
			List<Asset> assets, @Nullable String definition) {
	}

	/** An image from a lesson's or a scenario's {@code assets/} folder. */
	public record Asset(String name, String mediaType, byte[] data, String hash) {
	}

	/** The kinds of module items. */
	public enum ItemKind {

		LESSON, QUIZ, SCENARIO, ASSIGNMENT

	}

}
