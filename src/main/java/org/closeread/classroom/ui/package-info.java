/** The teacher's class pages (classes, live dashboard, results) and the student's join page. */
package org.closeread.classroom.ui;
