package fr.cmacademy.learning;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.content.Catalog;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.Catalog.ProgrammeEntry;
import fr.cmacademy.learning.internal.ProgressRepository;
import fr.cmacademy.learning.internal.ProgressRepository.Row;

/**
 * Any learner's module completion, for features that react to progress (certificates).
 * Not secured by role on purpose: its callers are event listeners that also run from
 * scheduled jobs with no signed-in user (a quiz submitted when its time ran out); it
 * returns no learner's text, only statuses.
 */
@Service
public class LearnerCompletions {

	private final ProgressRepository progress;

	LearnerCompletions(ProgressRepository progress) {
		this.progress = progress;
	}

	@Transactional(readOnly = true)
	public Set<String> enrolments(long userId) {
		return progress.enrolments(userId);
	}

	/** The learner's progress on every module of the catalogue (one query). */
	@Transactional(readOnly = true)
	public Map<String, ModuleProgress> modules(long userId, Catalog catalog) {
		Map<String, Row> rows = progress.rows(userId);
		Map<String, ModuleProgress> result = new HashMap<>();
		for (ProgrammeEntry programme : catalog.programmes()) {
			for (ModuleEntry module : programme.modules()) {
				result.put(module.id(), ProgressService.moduleProgress(module, rows));
			}
		}
		return result;
	}

}
