package fr.cmacademy.grading;

/** No such work, or not one the user may see. */
public class WorkNotFoundException extends RuntimeException {

	public WorkNotFoundException(long workId) {
		super("No work " + workId);
	}

}
