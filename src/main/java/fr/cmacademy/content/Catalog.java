package fr.cmacademy.content;

import fr.cmacademy.shared.Text;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The published content as learners browse it (no lesson bodies).
 */
public record Catalog(List<ProgrammeEntry> programmes) {

	public Optional<ProgrammeEntry> programme(String programmeId) {
		return programmes.stream().filter(p -> p.id().equals(programmeId)).findFirst();
	}

	public Optional<ModuleEntry> module(String moduleId) {
		return modules().filter(m -> m.id().equals(moduleId)).findFirst();
	}

	/** The module holding an active item. */
	public Optional<ModuleEntry> moduleOfItem(String itemId) {
		return modules().filter(m -> m.items().stream().anyMatch(i -> i.id().equals(itemId))).findFirst();
	}

	/** An item of any programme by its id. */
	public Optional<ItemEntry> item(String itemId) {
		return modules().flatMap(m -> m.items().stream()).filter(i -> i.id().equals(itemId)).findFirst();
	}

	private Stream<ModuleEntry> modules() {
		return programmes.stream().flatMap(p -> p.modules().stream());
	}

	/** A programme and its modules, in order. */
	public record ProgrammeEntry(String id, Text title, Text summary, boolean selfEnrol, List<ModuleEntry> modules) {
	}

	/** A module with its items, in order. */
	public record ModuleEntry(String id, String programmeId, Text title, Text summary, int estimatedMinutes,
			List<Text> objectives, boolean completionAll, List<String> requiredItems, List<ItemEntry> items) {

		/** Whether completing this item counts towards the module's completion. */
		public boolean requires(String itemId) {
			return completionAll || requiredItems.contains(itemId);
		}

	}

	/** An item: its id, kind, current version, title and estimated minutes. */
	public record ItemEntry(String id, String moduleId, String kind, int currentVersion, Text title, int minutes) {
	}

}
