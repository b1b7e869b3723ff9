/**
 * Bulk import of users from a CSV file: the upload is checked on the server (size, text,
 * encoding) and kept outside the web root until imported, columns are matched to account
 * fields (French or English headers, changeable by the admin), and the file is streamed
 * in batches, each batch all or nothing. Valid rows become accounts (and cohort members),
 * invalid ones are reported by row; importing the same file again changes nothing. The
 * job and its report are stored, so an admin can leave and come back. Admins only.
 */
@NullMarked
package fr.cmacademy.userimport;

import org.jspecify.annotations.NullMarked;
