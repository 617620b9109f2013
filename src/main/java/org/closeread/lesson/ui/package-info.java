/** The student's views of lessons: the library and the guided reading of an article. */
package org.closeread.lesson.ui;
