package fr.cmacademy.cohort;

/** How someone belongs to a cohort. */
public enum MemberRole {

	LEARNER, TRAINER

}
