/** The quiz downloads for teachers: {@code /api/teacher/lessons/{slug}/quiz/{format}}. */
package org.closeread.exchange.api;
