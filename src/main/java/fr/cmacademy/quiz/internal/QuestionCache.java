package fr.cmacademy.quiz.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.content.ContentCatalog.QuestionText;
import fr.cmacademy.question.BankPairing;
import fr.cmacademy.question.BilingualQuestion;
import fr.cmacademy.question.GiftParser;
import fr.cmacademy.question.GiftResult;

/**
 * Parsed question versions. A version never changes once stored, so each is read and
 * parsed once per server, whatever the number of attempts showing it (exam day: hundreds
 * of learners on the same questions).
 */
@Component
public class QuestionCache {

	private final ContentCatalog catalog;

	private final Map<String, BilingualQuestion> parsed = new ConcurrentHashMap<>();

	QuestionCache(ContentCatalog catalog) {
		this.catalog = catalog;
	}

	/** The questions for the given ids and versions, keyed by id. */
	public Map<String, BilingualQuestion> questions(Map<String, Integer> versions) {
		Map<String, BilingualQuestion> result = new HashMap<>();
		Map<String, Integer> missing = new HashMap<>();
		versions.forEach((id, version) -> {
			BilingualQuestion question = parsed.get(key(id, version));
			if (question != null) {
				result.put(id, question);
			}
			else {
				missing.put(id, version);
			}
		});
		for (QuestionText text : catalog.questionTexts(missing)) {
			BilingualQuestion question = parse(text);
			parsed.put(key(text.id(), text.version()), question);
			result.put(text.id(), question);
		}
		if (result.size() != versions.size()) {
			throw new IllegalStateException("question versions not found: " + versions.keySet());
		}
		return result;
	}

	private static BilingualQuestion parse(QuestionText text) {
		GiftResult fr = GiftParser.parse(text.giftFr());
		GiftResult en = GiftParser.parse(text.giftEn());
		fr.cmacademy.question.PairingResult paired = BankPairing.pair(fr.questions(), en.questions());
		if (!fr.problems().isEmpty() || !en.problems().isEmpty() || paired.questions().size() != 1) {
			throw new IllegalStateException("stored question " + text.id() + " v" + text.version() + " cannot be read");
		}
		return paired.questions().get(0);
	}

	private static String key(String id, int version) {
		return id + "@" + version;
	}

	/** For tests and benchmarks: how many versions are parsed. */
	public int size() {
		return parsed.size();
	}

	/** Drops everything (tests). */
	public void clear() {
		parsed.clear();
	}

}
