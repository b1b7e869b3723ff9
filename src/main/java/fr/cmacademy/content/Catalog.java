package fr.cmacademy.content;

import java.util.List;

/**
 * The published content as learners browse it (no lesson bodies).
 */
public record Catalog(List<ProgrammeEntry> programmes) {

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
