package fr.cmacademy.gradebook;

import java.util.List;

import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.Catalog.ProgrammeEntry;

/**
 * The gradebook's columns: the modules shown (all, or the one filtered on) and their
 * graded activities in course order.
 */
public record GradebookColumns(ProgrammeEntry programme, List<ModuleEntry> modules, List<Activity> activities) {

	/** The items whose completion counts, over the shown modules. */
	public List<String> requiredItems() {
		return modules.stream()
			.flatMap(m -> m.items().stream().filter(i -> m.requires(i.id())).map(i -> i.id()))
			.toList();
	}

	public List<String> itemIds() {
		return modules.stream().flatMap(m -> m.items().stream().map(i -> i.id())).toList();
	}

	public List<String> ids(String kind) {
		return activities.stream().filter(a -> a.kind().equals(kind)).map(Activity::itemId).toList();
	}

}
