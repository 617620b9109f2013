/** The teacher's page for a lesson's quiz downloads and imports. */
package org.closeread.exchange.ui;
