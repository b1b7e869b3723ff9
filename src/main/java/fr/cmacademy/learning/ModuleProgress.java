package fr.cmacademy.learning;

import java.util.Map;

import fr.cmacademy.content.Catalog.ModuleEntry;

/**
 * A learner's progress on one module: the status of each item, and completion under the
 * module's rule.
 */
public record ModuleProgress(ModuleEntry module, Map<String, ItemStatus> items) {

	public ItemStatus status(String itemId) {
		return items.getOrDefault(itemId, ItemStatus.NOT_STARTED);
	}

	/** Items the rule requires that are done, over items the rule requires. */
	public double fraction() {
		long required = module.items().stream().filter(i -> module.requires(i.id())).count();
		if (required == 0) {
			return 0;
		}
		long done = module.items()
			.stream()
			.filter(i -> module.requires(i.id()) && status(i.id()) == ItemStatus.DONE)
			.count();
		return (double) done / required;
	}

	public boolean completed() {
		return fraction() >= 1.0;
	}

	public boolean started() {
		return items.values().stream().anyMatch(s -> s != ItemStatus.NOT_STARTED);
	}

}
