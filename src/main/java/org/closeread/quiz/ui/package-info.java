/** The student's quiz and practice views: questions of every type, results, resume codes. */
package org.closeread.quiz.ui;
