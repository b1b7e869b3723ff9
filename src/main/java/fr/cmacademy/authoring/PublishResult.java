package fr.cmacademy.authoring;

import java.util.List;

import fr.cmacademy.content.ContentProblem;

/**
 * The outcome of a publication: the new version, or every problem found (files named
 * relative to the module when they are the module's own).
 */
public record PublishResult(boolean published, int version, List<ContentProblem> problems) {
}
