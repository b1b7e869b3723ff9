/**
 * The personal-data contract every feature that stores something about a user fulfils (in
 * the spirit of Moodle's Privacy API): what it exports for the user and how it anonymises
 * it on erasure. The privacy feature collects the implementations; nothing here depends
 * on a feature.
 */
@NullMarked
package fr.cmacademy.shared.privacy;

import org.jspecify.annotations.NullMarked;
