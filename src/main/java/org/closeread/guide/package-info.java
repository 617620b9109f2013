/**
 * What a teacher needs beside the lesson itself: the teacher's guide (objectives, paths with minutes,
 * answer key, discussion, differentiation) as a page and a PDF, and the counts of every lesson file.
 * Depends on the lesson and quiz features; nothing depends on it.
 */
package org.closeread.guide;
