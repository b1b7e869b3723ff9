package fr.cmacademy.certificate.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.cmacademy.content.Catalog;
import fr.cmacademy.content.Catalog.ItemEntry;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.CertificateRules;
import fr.cmacademy.learning.LearnerCompletions;
import fr.cmacademy.learning.ModuleProgress;

/**
 * Whether a learner meets a programme's certificate rules: every required module
 * completed under its own rule (which covers graded assignments and passed quizzes and
 * scenarios), and every quiz and scenario of those modules reached the programme's
 * minimum, counting only scores reached since {@code since} (after an expiry, the renewal
 * needs fresh ones).
 */
@Component
class RulesCheck {

	private final LearnerCompletions completions;

	private final ScoreRepository scores;

	RulesCheck(LearnerCompletions completions, ScoreRepository scores) {
		this.completions = completions;
		this.scores = scores;
	}

	boolean met(long userId, CertificateRules rules, Catalog catalog, Instant since) {
		if (!completions.enrolments(userId).contains(rules.programmeId())) {
			return false;
		}
		Map<String, ModuleProgress> progress = completions.modules(userId, catalog);
		Map<String, Double> best = scores.best(userId, since);
		for (String moduleId : rules.moduleIds()) {
			ModuleProgress module = progress.get(moduleId);
			if (module == null || !module.completed()) {
				return false;
			}
			for (ItemEntry item : module.module().items()) {
				int minimum = switch (item.kind()) {
					case "QUIZ" -> rules.minQuizPercent();
					case "SCENARIO" -> rules.minScenarioPercent();
					default -> -1;
				};
				if (minimum > 0 && module.module().requires(item.id())
						&& best.getOrDefault(item.id(), -1.0) < minimum) {
					return false;
				}
			}
		}
		return !rules.moduleIds().isEmpty();
	}

	/** Modules of the programme the learner has completed. */
	List<ModuleEntry> completedModules(long userId, CertificateRules rules, Catalog catalog) {
		Map<String, ModuleProgress> progress = completions.modules(userId, catalog);
		return catalog.programme(rules.programmeId()).map(p -> p.modules().stream().filter(m -> {
			ModuleProgress mp = progress.get(m.id());
			return mp != null && mp.completed();
		}).toList()).orElse(List.of());
	}

}
