/**
 * Classes: a teacher's class with its join code, assignments and members; joining without an account;
 * the live progress, per-question summaries, heat maps and results built from stored answers. Rules are
 * plain Java; the services (ClassAdminService, JoinService, ClassReportService, LiveWatchService, ClassGateService, ClassRetentionService) are the way in.
 */
package org.closeread.classroom;
