package fr.cmacademy.simulation.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.cmacademy.shared.Text;
import fr.cmacademy.simulation.model.Brief;
import fr.cmacademy.simulation.model.Checks.Cue;
import fr.cmacademy.simulation.model.Writing.Target;

/**
 * Checks a post written for one platform: its length limit, hashtag count, required
 * mention, call to action and image alternative text, then the target's own checks.
 */
public final class WritingChecks {

	/** Shorter than this, an alternative text cannot describe an image. */
	public static final int MIN_ALT_TEXT = 15;

	private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&])#[\\p{L}\\p{N}_]+");

	private WritingChecks() {
	}

	public static List<CheckResult> check(String text, @Nullable String altText, Locale language, Target target,
			Brief brief) {
		List<CheckResult> results = new ArrayList<>();
		int length = ReplyChecks.length(text);
		int limit = target.lengthLimit();
		String platform = target.platform().name().toLowerCase(Locale.ROOT);
		results.add(length > limit
				? new CheckResult("writing.max_length", false, List.of(),
						new Text(
								"Trop long pour " + platform + " : " + length + " caractères, " + limit
										+ " au maximum.",
								"Too long for " + platform + ": " + length + " characters, " + limit + " at most."))
				: new CheckResult("writing.max_length", true, List.of(),
						new Text(length + " caractères sur " + limit + " possibles.",
								length + " characters out of " + limit + ".")));
		if (target.hashtagsMin() != null || target.hashtagsMax() != null) {
			results.add(hashtags(text, target.hashtagsMin(), target.hashtagsMax()));
		}
		if (target.mention() != null) {
			results.add(mention(text, target.mention()));
		}
		if (target.callToAction()) {
			CheckResult cue = ReplyChecks.cue(Normalized.of(text), Cue.CALL_TO_ACTION, language);
			results.add(new CheckResult("writing.call_to_action", cue.passed(), cue.findings(), cue.message()));
		}
		if (target.altText()) {
			results.add(altText(altText));
		}
		if (target.checks() != null) {
			results.addAll(ReplyChecks.check(text, language, target.checks(), brief));
		}
		return List.copyOf(results);
	}

	private static CheckResult hashtags(String text, @Nullable Integer min, @Nullable Integer max) {
		List<Finding> found = Matching.find(text, HASHTAG);
		int count = found.size();
		if (min != null && count < min) {
			return new CheckResult("writing.hashtags", false, found,
					new Text(count + " hashtag(s), au moins " + min + " attendu(s).",
							count + " hashtag(s), at least " + min + " expected."));
		}
		if (max != null && count > max) {
			return new CheckResult("writing.hashtags", false, found,
					new Text(count + " hashtags, " + max + " au maximum : gardez les plus utiles.",
							count + " hashtags, " + max + " at most: keep the most useful."));
		}
		return new CheckResult("writing.hashtags", true, found,
				new Text(count + " hashtag(s) : c’est bien.", count + " hashtag(s): fine."));
	}

	private static CheckResult mention(String text, String mention) {
		Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}_@])" + Pattern.quote(mention) + "(?![\\p{L}\\p{N}_])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		List<Finding> found = Matching.find(text, pattern);
		return found.isEmpty()
				? new CheckResult("writing.mention", false, found,
						new Text("Mention " + mention + " absente : ajoutez-la.",
								"Mention " + mention + " missing: add it."))
				: new CheckResult("writing.mention", true, found,
						new Text("Mention " + mention + " présente.", "Mention " + mention + " present."));
	}

	private static CheckResult altText(@Nullable String altText) {
		int length = altText == null ? 0 : ReplyChecks.length(altText);
		if (length < MIN_ALT_TEXT) {
			return new CheckResult("writing.alt_text", false, List.of(),
					new Text("Texte alternatif absent ou trop court : décrivez l’image en une phrase.",
							"Alt text missing or too short: describe the image in one sentence."));
		}
		return new CheckResult("writing.alt_text", true, List.of(),
				new Text("Texte alternatif présent.", "Alt text present."));
	}

}
