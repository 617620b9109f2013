/**
 * The LTI 1.3 tool: platforms (LMSs) a teacher registers, the tool's signing key and JWK set, OIDC
 * login initiation and the launch that puts an LMS user into a CloseRead class, deep linking (the picked
 * lesson sent back as a signed link), grade passback and the course roster (docs/lti.md).
 */
package org.closeread.lti;
