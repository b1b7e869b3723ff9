package fr.cmacademy.userimport;

import java.nio.charset.StandardCharsets;

/**
 * Remembers which keys (user names, e-mail addresses) a file has already used and on
 * which row, in two primitive arrays: 12 bytes a key instead of a string, a boxed integer
 * and a map entry, so checking 100 000 rows for duplicates costs about 3 MB. Keys are
 * stored as 64-bit FNV-1a hashes; two different keys share a hash with odds of about one
 * in 10^9 for a million keys.
 */
final class SeenKeys {

	private long[] hashes = new long[1024];

	private int[] rows = new int[1024];

	private int size;

	/**
	 * Records the key for this row; returns the row that used it first, or 0 when it is
	 * new.
	 */
	int firstRow(String key, int row) {
		long hash = hash(key);
		if (hash == 0) {
			hash = 1;
		}
		int mask = hashes.length - 1;
		int slot = (int) (hash ^ (hash >>> 32)) & mask;
		while (hashes[slot] != 0) {
			if (hashes[slot] == hash) {
				return rows[slot];
			}
			slot = (slot + 1) & mask;
		}
		hashes[slot] = hash;
		rows[slot] = row;
		if (++size * 2 > hashes.length) {
			grow();
		}
		return 0;
	}

	private void grow() {
		long[] oldHashes = hashes;
		int[] oldRows = rows;
		hashes = new long[oldHashes.length * 2];
		rows = new int[oldRows.length * 2];
		int mask = hashes.length - 1;
		for (int i = 0; i < oldHashes.length; i++) {
			if (oldHashes[i] != 0) {
				int slot = (int) (oldHashes[i] ^ (oldHashes[i] >>> 32)) & mask;
				while (hashes[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				hashes[slot] = oldHashes[i];
				rows[slot] = oldRows[i];
			}
		}
	}

	private static long hash(String key) {
		long h = 0xcbf29ce484222325L;
		for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
			h ^= b & 0xFF;
			h *= 0x100000001b3L;
		}
		// Final mix so that similar keys spread over the table.
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		return h;
	}

}
