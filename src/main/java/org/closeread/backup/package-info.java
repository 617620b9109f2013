/**
 * Backups of a running installation: H2's online {@code BACKUP TO} into dated zips in the data folder,
 * on a schedule, keeping the newest few. PostgreSQL installations back up with {@code pg_dump}
 * (docs/deployment.md).
 */
package org.closeread.backup;
