package fr.cmacademy.certificate;

/**
 * A certificate crowns a programme; a badge (micro-credential) a module.
 */
public enum CertificateKind {

	CERTIFICATE, BADGE

}
