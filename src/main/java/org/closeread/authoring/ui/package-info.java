/** The teacher's pages: the overview of lessons and their loading problems, and the editors. */
package org.closeread.authoring.ui;
