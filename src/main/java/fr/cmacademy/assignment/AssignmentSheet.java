package fr.cmacademy.assignment;

import fr.cmacademy.content.ContentCatalog.AssignmentVersion;

/** An assignment as the learner works on it: the brief and rubric, and their answer. */
public record AssignmentSheet(AssignmentVersion assignment, String moduleId, Submission submission) {
}
