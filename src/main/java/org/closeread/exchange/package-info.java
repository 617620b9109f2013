/**
 * A lesson's quiz in the formats other tools read: Moodle XML, GIFT and a QTI 3.0 content package
 * out; Moodle XML and GIFT in, into a draft lesson's quiz. Plain Java at the root, on the authoring
 * drafts; the download API in {@code api}, the teacher's page in {@code ui}.
 */
package org.closeread.exchange;
