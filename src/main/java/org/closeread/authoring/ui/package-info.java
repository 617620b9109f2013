/**
 * The teacher's pages under {@code /teacher}: the lesson list, adding an article, the editors for the
 * article, annotations, steps and questions, publishing, and importing lesson files.
 */
package org.closeread.authoring.ui;
