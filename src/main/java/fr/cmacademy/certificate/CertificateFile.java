package fr.cmacademy.certificate;

/**
 * A file to download: its name, media type and bytes.
 */
public record CertificateFile(String fileName, String mediaType, byte[] data) {
}
