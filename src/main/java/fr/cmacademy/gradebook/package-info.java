/**
 * The trainers' gradebook and learner record: read models over the results the learning,
 * quiz, scenario and assignment features keep (it owns no table). A page of learners
 * costs a fixed number of queries, one per source table for the whole page, and the CSV
 * export streams every filtered row in pages. Trainers and admins only.
 */
@NullMarked
package fr.cmacademy.gradebook;

import org.jspecify.annotations.NullMarked;
