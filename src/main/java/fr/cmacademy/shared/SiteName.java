package fr.cmacademy.shared;

/**
 * The platform's name as an admin set it (shown by the wordmark and in window titles).
 * Implemented by the settings feature, so that the shell does not depend on it.
 */
public interface SiteName {

	/** The name used when none is set. */
	String DEFAULT = "CM Academy";

	String siteName();

}
