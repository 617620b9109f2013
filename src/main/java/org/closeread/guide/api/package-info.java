/** The teacher's guide as a printable page and a PDF, for teachers ({@code /api/teacher/**}). */
package org.closeread.guide.api;
