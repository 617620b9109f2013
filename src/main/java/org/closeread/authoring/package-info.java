/** What teachers make: articles, annotations, exercises and quizzes, over the lesson and quiz services. */
package org.closeread.authoring;
