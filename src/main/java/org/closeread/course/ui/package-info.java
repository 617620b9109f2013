/** The library with the course and a student's progress. */
package org.closeread.course.ui;
