/**
 * The learner's certificates page, the admin's certificates page, the public verification
 * page, and the download and issuer endpoints.
 */
@NullMarked
package fr.cmacademy.certificate.ui;

import org.jspecify.annotations.NullMarked;
