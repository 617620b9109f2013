/**
 * The HTTP face of the analyser: {@code POST /api/analysis} takes plain text and answers with
 * the suggestions as JSON. Spring lives here and only here; nothing is stored.
 */
package org.closeread.analysis.api;
