package fr.cmacademy.learning;

/**
 * Where a learner stands on one item.
 */
public enum ItemStatus {

	NOT_STARTED, IN_PROGRESS, DONE

}
